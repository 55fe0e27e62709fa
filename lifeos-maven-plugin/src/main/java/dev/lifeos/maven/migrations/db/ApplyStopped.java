package dev.lifeos.maven.migrations.db;

import java.nio.file.Path;
import java.util.Optional;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.info.MigrationInfoImpl;

/**
 * Why an apply stopped, in the user's terms: the migration and statement (where known), what
 * happened, and what to do. The goals phrase their messages from it; {@link #error()} is what was
 * thrown, for the cases a goal treats apart (Flyway's validation).
 */
public final class ApplyStopped extends Exception {
  private static final long serialVersionUID = 1L;

  /** What stopped it. */
  public enum Kind {
    /** The database refused a statement (a plain SQL error). */
    SQL_ERROR,
    /** A statement waited longer than the lock timeout for another session's lock. */
    LOCK_TIMEOUT,
    /** A statement ran longer than the statement timeout. */
    STATEMENT_TIMEOUT,
    /** A statement waited for this apply's own Flyway lock, which would never be released. */
    SELF_WAIT,
    /** The apply's deadline passed. */
    DEADLINE,
    /** The connection broke while a migration ran (the server was stopped, killed, crashed). */
    CONNECTION_LOST,
    /** No connection could be opened. */
    CANNOT_CONNECT,
    /** The database's SQL parser overflowed its stack on a statement nested too deeply. */
    TOO_DEEP,
    /** Anything else Flyway reported (validation, configuration). */
    OTHER
  }

  private final transient Kind kind;
  private final transient Optional<MigrationFailure> failure;
  private final transient Optional<MigrationInfo> migration;
  private final transient Optional<Path> file;
  private final String what;
  private final transient Optional<String> fix;
  private final transient Throwable error;

  ApplyStopped(
      Kind kind,
      Optional<MigrationFailure> failure,
      Optional<MigrationInfo> migration,
      Optional<Path> file,
      String what,
      Optional<String> fix,
      Throwable error) {
    super(what);
    this.kind = kind;
    this.failure = failure;
    this.migration = migration;
    this.file = file;
    this.what = what;
    this.fix = fix;
    this.error = error;
  }

  public Kind kind() {
    return kind;
  }

  /** Where Flyway's migrate stopped, when Flyway said (file, line, statement). */
  public Optional<MigrationFailure> failure() {
    return failure;
  }

  /** The migration that was running, when one was. */
  public Optional<MigrationInfo> migration() {
    return migration;
  }

  /** Its source file. */
  public Optional<Path> file() {
    return file;
  }

  /** Its name as Flyway gives it ({@code V2__add_index.sql}), when one was running. */
  public Optional<String> script() {
    return migration.map(MigrationInfo::getScript);
  }

  /** {@code " at line 3: CREATE INDEX ..."}, or nothing when the statement is unknown. */
  public String where() {
    return failure.map(MigrationFailure::where).orElse("");
  }

  /** What happened: the database's error, or the timeout, wait or loss in words. */
  public String what() {
    return what;
  }

  /** What to do; empty for a plain SQL error, whose fix is the goal's to phrase. */
  public Optional<String> fix() {
    return fix;
  }

  /** Whether the migration ran in a transaction (so PostgreSQL rolled all of it back). */
  public boolean inTransaction() {
    return failure
        .map(MigrationFailure::inTransaction)
        .orElse(
            migration
                .filter(MigrationInfoImpl.class::isInstance)
                .map(m -> ((MigrationInfoImpl) m).canExecuteInTransaction())
                .orElse(true));
  }

  /** What was thrown. */
  public Throwable error() {
    return error;
  }
}
