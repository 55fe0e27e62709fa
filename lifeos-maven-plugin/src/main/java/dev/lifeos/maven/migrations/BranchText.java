package dev.lifeos.maven.migrations;

/**
 * The words of check-migrations' branch checks ({@link BranchComparison}): what this branch did to
 * a released migration or where a new one collides with the base branch, and how to fix it.
 * docs/goals/check-migrations.md quotes them.
 */
final class BranchText {
  private BranchText() {}

  /** "restore it (git checkout origin/main -- db/V1__init.sql)". */
  private static String restore(String baseRef, String gitPath) {
    return "restore it (git checkout " + baseRef + " -- " + gitPath + ")";
  }

  static String releasedDeleted(Migration released, String baseRef) {
    return released.fileName()
        + " is on "
        + baseRef
        + " but was deleted on this branch: databases that ran "
        + released.key()
        + " would report it as applied but missing.";
  }

  static String releasedDeletedFix(String baseRef, String gitPath) {
    return restore(baseRef, gitPath) + "; undo its effect in a new migration instead";
  }

  static String releasedChanged(Migration changed, Migration released, String baseRef) {
    String how =
        changed.description().equals(released.description())
            ? "changed since "
                + baseRef
                + " (Flyway checksum "
                + released.checksum()
                + " there, "
                + changed.checksum()
                + " here)"
            : "was renamed from " + released.fileName() + " on " + baseRef;
    return changed.fileName()
        + " "
        + how
        + ": every database that already ran "
        + released.key()
        + " fails flyway validate.";
  }

  /**
   * @param above the version to put the change above ({@code V3}), or "it"
   */
  static String releasedChangedFix(String baseRef, String gitPath, String above) {
    return restore(baseRef, gitPath) + " and make the change in a new migration above " + above;
  }

  static String sameVersion(Migration migration, Migration taken, String baseRef) {
    return migration.fileName()
        + " has version "
        + migration.version()
        + ", which "
        + baseRef
        + " already has: "
        + taken.fileName()
        + ".";
  }

  static String notAbove(Migration migration, Migration top, String baseRef, String prefix) {
    return migration.fileName()
        + " is not above "
        + prefix
        + top.version()
        + ", the highest version on "
        + baseRef
        + " ("
        + top.fileName()
        + "): databases already at "
        + prefix
        + top.version()
        + " would refuse it.";
  }

  /**
   * @param renumber the free version with its prefix ({@code V5})
   * @param rest the file name from the separator on ({@code __add_index.sql})
   */
  static String renumber(String renumber, String rest) {
    return "renumber it to " + renumber + " (rename the file to " + renumber + rest + ")";
  }

  /** What outOfOrder=true does with a migration below the base's highest version. */
  static String outOfOrder(Migration migration, Migration top, String baseRef) {
    return migration.fileName()
        + " is below "
        + top.fileName()
        + ", the highest version on "
        + baseRef
        + ". With outOfOrder=true Flyway applies it out of order: databases already at "
        + Migration.canonical(top.version())
        + " run it after "
        + top.fileName()
        + ", a new database runs it in version order. Make sure it does not depend on the"
        + " migrations above it, nor they on it.";
  }
}
