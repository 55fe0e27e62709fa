package dev.lifeos.maven.migrations.trace;

import java.util.List;

/**
 * A lock a migration's statement took on a relation that existed before the migration began.
 *
 * @param relation schema-qualified name ({@code public.accounts})
 * @param index whether the relation is an index (else a table, a partitioned table or a view)
 * @param mode PostgreSQL's lock mode as {@code pg_locks} names it ({@code AccessExclusiveLock})
 */
public record TracedLock(String relation, boolean index, String mode) {
  /** The modes from the weakest to the strongest, as PostgreSQL orders them. */
  private static final List<String> MODES =
      List.of(
          "AccessShareLock",
          "RowShareLock",
          "RowExclusiveLock",
          "ShareUpdateExclusiveLock",
          "ShareLock",
          "ShareRowExclusiveLock",
          "ExclusiveLock",
          "AccessExclusiveLock");

  public boolean accessExclusive() {
    return mode.equals("AccessExclusiveLock");
  }

  /** SHARE or stronger: the running release's INSERT, UPDATE and DELETE on it wait. */
  public boolean blocksWrites() {
    return MODES.indexOf(mode) >= MODES.indexOf("ShareLock");
  }

  /** {@code ACCESS EXCLUSIVE}: the mode as SQL spells it. */
  public String sqlMode() {
    return mode.replace("Lock", "")
        .replaceAll("([a-z])([A-Z])", "$1 $2")
        .toUpperCase(java.util.Locale.ROOT);
  }

  /** Whichever of two modes on one relation is stronger. */
  static String stronger(String a, String b) {
    return MODES.indexOf(a) >= MODES.indexOf(b) ? a : b;
  }
}
