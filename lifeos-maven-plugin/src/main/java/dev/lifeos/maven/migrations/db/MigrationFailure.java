package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationLocation;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

/**
 * Where Flyway's migrate stopped: the migration, its file, the statement and the database's error.
 *
 * @param migration the migration as Flyway saw it
 * @param file its source file (a Java migration's source, not its class)
 * @param line 1-based line of the failing statement, 0 when unknown (a Java migration)
 * @param statement the failing statement, empty when unknown
 * @param error the database's (or the Java migration's) error, first line
 * @param inTransaction whether it ran in a transaction, so a database with transactional DDL
 *     (PostgreSQL) rolled all of it back
 */
public record MigrationFailure(
    MigrationInfo migration,
    Path file,
    int line,
    String statement,
    String error,
    boolean inTransaction) {

  /** The failure {@code e} reports, if it names a migration. */
  public static Optional<MigrationFailure> of(
      FlywayException e, List<MigrationLocation> locations, List<Migration> javaMigrations) {
    if (!(e instanceof FlywayMigrateException failed) || failed.getMigration() == null) {
      return Optional.empty();
    }
    MigrationInfo migration = failed.getMigration();
    FlywaySqlScriptException sql = cause(e, FlywaySqlScriptException.class);
    SQLException sqlError = cause(e, SQLException.class);
    String why =
        sqlError != null
            ? sqlError.getMessage()
            : String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
    Path file =
        javaMigrations.stream() // for a Java migration Flyway's "script" is its class name
            .filter(java -> FlywayApply.className(java).equals(migration.getScript()))
            .map(Migration::file)
            .findFirst()
            .orElse(
                failed.getAbsolutePathOnDisk() != null
                    ? Path.of(failed.getAbsolutePathOnDisk())
                    : locations.get(0).directory());
    return Optional.of(
        new MigrationFailure(
            migration,
            file,
            sql != null ? sql.getLineNumber() : 0,
            sql != null ? sql.getStatement().strip() : "",
            firstLine(why),
            failed.isExecutableInTransaction()));
  }

  /** The migration as Flyway names it: its file name, or a Java migration's class. */
  public String script() {
    return migration.getScript();
  }

  /** {@code " at line 3: CREATE INDEX ..."}, or nothing when the statement is unknown. */
  public String where() {
    return line > 0 ? " at line " + line + ": " + statement : "";
  }

  /** The first line of a driver's or Flyway's message, without H2's "SQL statement:" tail. */
  public static String firstLine(String text) {
    String trimmed = String.valueOf(text).strip();
    int newline = trimmed.indexOf('\n');
    String first = newline < 0 ? trimmed : trimmed.substring(0, newline);
    return first.replaceFirst(";? ?SQL statement:$", "").strip();
  }

  /** The first exception of {@code type} in the cause chain of {@code error}, or null. */
  public static <T extends Throwable> T cause(Throwable error, Class<T> type) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (type.isInstance(e)) {
        return type.cast(e);
      }
    }
    return null;
  }
}
