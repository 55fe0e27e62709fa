package dev.lifeos.maven.migrations.trace;

import java.util.List;

/**
 * One statement of a migration as the database ran it.
 *
 * @param index 0-based, in the order the statements ran
 * @param sql the statement as Flyway sent it
 * @param inTransaction whether it ran inside the migration's transaction (else its locks ended with
 *     it, and none are recorded)
 * @param millis how long it ran
 * @param heldAfterMillis how long the migration's transaction went on after it (the later
 *     statements), so how much longer its locks were held
 * @param acquired locks it took on relations that existed before the migration, in the strongest
 *     mode it took them (locks taken by earlier statements are not repeated)
 * @param rewritten relations it rewrote ({@code relfilenode} changed), that existed before
 * @param scanned tables it read whole ({@code pg_stat_xact_user_tables.seq_scan} went up), that
 *     existed before
 * @param observed whether its locks were read (statements that only change rows are not, to keep
 *     the trace cheap: they take no lock stronger than ROW EXCLUSIVE)
 */
public record TracedStatement(
    int index,
    String sql,
    boolean inTransaction,
    long millis,
    long heldAfterMillis,
    List<TracedLock> acquired,
    List<String> rewritten,
    List<String> scanned,
    boolean observed) {

  /** The tables among {@link #rewritten} (a rewritten table's indexes are rebuilt with it). */
  public List<String> rewrittenTables() {
    List<String> indexes =
        acquired.stream().filter(TracedLock::index).map(TracedLock::relation).toList();
    return rewritten.stream().filter(r -> !indexes.contains(r)).toList();
  }

  /** How long its locks were held: the statement, then the rest of the migration's transaction. */
  public long heldMillis() {
    return millis + (inTransaction ? heldAfterMillis : 0);
  }

  /**
   * Whether it worked through rows: changed them (an INSERT, UPDATE, DELETE, which the trace times
   * without reading locks), or read or rewrote a whole table.
   */
  public boolean doesRowWork() {
    return !observed || !scanned.isEmpty() || !rewritten.isEmpty();
  }

  /** The statement's first line, shortened: how messages quote it. */
  public String quoted() {
    String text = LockTrace.withoutLeadingComments(sql).strip();
    int newline = text.indexOf('\n');
    String first = newline < 0 ? text : text.substring(0, newline).strip() + " ...";
    return first.length() > 120 ? first.substring(0, 117) + "..." : first;
  }
}
