package dev.lifeos.maven.migrations;

import dev.lifeos.maven.rules.Rule;
import dev.lifeos.maven.rules.Severity;

/**
 * The consistency checks of check-migrations: each failure it reports belongs to one. A failed
 * check is an error that no approval passes, and each of its findings names its own fix.
 */
public enum Check implements Rule {
  MISNAMED(
      "misnamed-migration",
      "Misnamed migration",
      "A file in a migration location that Flyway would silently skip (wrong prefix case, one"
          + " underscore instead of the separator, no description, wrong suffix, unreadable"
          + " version): the migration would never run."),
  UNREADABLE(
      "unreadable-migration",
      "Unreadable migration",
      "A migration that cannot be read (permission denied, an I/O error) or is not text in the"
          + " configured encoding (binary content, or another encoding): Flyway would fail on it or"
          + " apply garbled SQL."),
  NOT_A_REGULAR_FILE(
      "not-a-regular-file",
      "Not a regular file",
      "A migration location holds something check-migrations does not read, and Flyway is not"
          + " given: a FIFO, socket or device (a symlink to /dev/zero), a broken symlink, a symlink"
          + " to a directory (locations are walked without following symlinks), a folder named like"
          + " a migration, or a migration larger than lifeos.migrations.maxFileSize."),
  SQL_NEVER_RUNS(
      "sql-never-runs",
      "SQL that never runs",
      "A SQL migration of which part or all never runs: an unterminated comment, string or dollar"
          + " quote swallows every statement after it, or the file holds only comments. Flyway"
          + " records it as applied all the same. An approval cannot pass it: the file must be"
          + " fixed."),
  DUPLICATE_VERSION(
      "duplicate-version",
      "Duplicate version",
      "Two migrations with one version as Flyway compares versions (1.1 = 1_1 = 01.1): Flyway"
          + " refuses to migrate."),
  BRANCH_CONFLICT(
      "branch-conflict",
      "Branch conflict",
      "A migration added on this branch whose version is not above the highest version on the base"
          + " branch: the Flyway form of two heads. Databases already at the base's version would"
          + " refuse it (or, with outOfOrder, run it in a different order than everywhere else)."),
  RELEASED_CHANGED(
      "released-migration-changed",
      "Released migration changed",
      "A migration that is on the base branch has a different checksum (or description) here:"
          + " every database it already ran on fails flyway validate."),
  RELEASED_DELETED(
      "released-migration-deleted",
      "Released migration deleted",
      "A migration that is on the base branch is gone here: databases that ran it report it as"
          + " applied but missing."),
  APPLY_FAILED(
      "apply-failed",
      "Does not apply",
      "The migrations do not apply cleanly, in order, to an empty database."),
  UNAPPROVED(
      "unapproved-dangerous-migration",
      "Dangerous migration not approved",
      "A migration with dangerous operations that the approvals file does not list with its"
          + " current checksum.");

  private final String id;
  private final String title;
  private final String why;

  Check(String id, String title, String why) {
    this.id = id;
    this.title = title;
    this.why = why;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public String why() {
    return why;
  }

  /** Empty: each finding of a check says what to change in that file. */
  @Override
  public String fix() {
    return "";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }
}
