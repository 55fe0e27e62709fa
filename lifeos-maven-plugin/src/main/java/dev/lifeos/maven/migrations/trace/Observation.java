package dev.lifeos.maven.migrations.trace;

import java.util.Map;
import java.util.function.BiConsumer;

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

  private final Map<Long, Held> held;

  Observation(Map<Long, Held> held) {
    this.held = held;
  }

  /**
   * Records in {@code statement} what changed since {@code previous} (null: the migration's start)
   * on the relations that existed when the migration began ({@code files}: oid to relfilenode, and
   * {@code scans}: the full reads the backend had counted then, since the counts of earlier
   * transactions stay in {@code pg_stat_xact_user_tables} until reported): locks taken or made
   * stronger, files replaced, full reads.
   */
  void attributeTo(
      LockTrace.Running statement,
      Observation previous,
      Map<Long, Long> files,
      Map<Long, Long> scans) {
    held.forEach(
        (oid, now) -> {
          Long fileBefore = files.get(oid);
          if (fileBefore == null) {
            return; // created by this migration
          }
          Held then = previous == null ? null : previous.held.get(oid);
          if (then == null || !then.mode().equals(now.mode())) {
            statement.acquired.add(new TracedLock(now.relation(), now.index(), now.mode()));
          }
          long fileThen = then == null ? fileBefore : then.fileNode();
          if (now.fileNode() != 0 && now.fileNode() != fileThen) {
            statement.rewritten.add(now.relation());
          }
          long scansThen = then == null ? scans.getOrDefault(oid, 0L) : then.seqScans();
          if (now.seqScans() > scansThen) {
            statement.scanned.add(now.relation());
          }
        });
  }

  /** Each relation held, with its file now. */
  void forEachHeld(BiConsumer<Long, Long> oidAndFile) {
    held.forEach((oid, now) -> oidAndFile.accept(oid, now.fileNode()));
  }
}
