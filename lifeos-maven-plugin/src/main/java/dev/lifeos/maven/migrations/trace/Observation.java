package dev.lifeos.maven.migrations.trace;

import java.util.Map;

/** The migrating backend's relation locks at one moment, with each relation's file and reads. */
final class Observation {
  /**
   * @param relation schema-qualified
   * @param index whether it is an index
   * @param mode the strongest mode held
   * @param fileNode {@code pg_class.relfilenode}
   * @param seqScans full reads of it in this transaction
   */
  record Held(String relation, boolean index, String mode, long fileNode, long seqScans) {}

  /**
   * A relation when the migration began: its file, and the full reads the backend had counted (the
   * counts of earlier transactions stay in {@code pg_stat_xact_user_tables} until reported).
   */
  record Before(long fileNode, long seqScans) {}

  private final Map<Long, Held> held;

  Observation(Map<Long, Held> held) {
    this.held = held;
  }

  /**
   * Records in {@code statement} what changed since {@code previous} (null: the migration's start)
   * on the relations of {@code before} (what they were when the migration began): locks taken or
   * made stronger, files replaced, full reads.
   */
  void attributeTo(LockTrace.Running statement, Observation previous, Map<Long, Before> before) {
    held.forEach(
        (oid, now) -> {
          Before start = before.get(oid);
          if (start == null) {
            return; // created by this migration
          }
          Held then = previous == null ? null : previous.held.get(oid);
          if (then == null || !then.mode().equals(now.mode())) {
            statement.acquired.add(new TracedLock(now.relation(), now.index(), now.mode()));
          }
          long fileThen = then == null ? start.fileNode() : then.fileNode();
          if (now.fileNode() != 0 && now.fileNode() != fileThen) {
            statement.rewritten.add(now.relation());
          }
          if (now.seqScans() > (then == null ? start.seqScans() : then.seqScans())) {
            statement.scanned.add(now.relation());
          }
        });
  }
}
