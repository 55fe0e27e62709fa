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
 * @param line 1-based line where the failing statement starts (Flyway counts from its first word,
 *     after the comments in front of it), 0 when unknown (a Java migration)
 * @param statement the failing statement as quoted in messages ({@link #quoted}), empty when
 *     unknown
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

  /** A statement is quoted up to this length. */
  static final int QUOTED_CHARS = 200;

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
        fileOf(
            migration,
            Optional.ofNullable(failed.getAbsolutePathOnDisk()),
            locations,
            javaMigrations);
    String statement = sql != null ? String.valueOf(sql.getStatement()) : "";
    return Optional.of(
        new MigrationFailure(
            migration,
            file,
            sql != null ? sql.getLineNumber() : 0,
            quoted(statement),
            firstLine(why),
            failed.isExecutableInTransaction()));
  }

  /**
   * The source file of {@code migration}: a Java migration's source (Flyway names its class), else
   * the path Flyway read, else the first location.
   */
  static Path fileOf(
      MigrationInfo migration,
      Optional<String> pathOnDisk,
      List<MigrationLocation> locations,
      List<Migration> javaMigrations) {
    return javaMigrations.stream()
        .filter(java -> FlywayApply.className(java).equals(migration.getScript()))
        .map(Migration::file)
        .findFirst()
        .or(
            () ->
                pathOnDisk
                    .or(() -> Optional.ofNullable(migration.getPhysicalLocation()))
                    .filter(path -> !path.isEmpty())
                    .map(Path::of))
        .orElse(locations.get(0).directory());
  }

  /** The migration as Flyway names it: its file name, or a Java migration's class. */
  public String script() {
    return migration.getScript();
  }

  /** {@code " at line 3: CREATE INDEX ..."}, or nothing when the statement is unknown. */
  public String where() {
    return line > 0 ? " at line " + line + ": " + statement : "";
  }

  /**
   * A statement as messages quote it: without the comments Flyway keeps in front of it (a file's
   * 48-line header is not the statement), on one line, capped at {@value #QUOTED_CHARS} characters.
   */
  public static String quoted(String statement) {
    String text = statement.substring(leadingComments(statement).length()).strip();
    text = text.replaceAll("\\s+", " ");
    if (text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text.length() <= QUOTED_CHARS
        ? text
        : text.substring(0, QUOTED_CHARS)
            + "... ("
            + (text.length() - QUOTED_CHARS)
            + " more characters)";
  }

  /**
   * The whitespace and comments ({@code --} to the end of the line, nested block comments) first.
   */
  static String leadingComments(String statement) {
    int i = 0;
    int n = statement.length();
    while (i < n) {
      if (Character.isWhitespace(statement.charAt(i))) {
        i++;
      } else if (statement.startsWith("--", i)) {
        int end = statement.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (statement.startsWith("/*", i)) {
        int depth = 0;
        do {
          if (statement.startsWith("/*", i)) {
            depth++;
            i += 2;
          } else if (statement.startsWith("*/", i)) {
            depth--;
            i += 2;
          } else {
            i++;
          }
        } while (depth > 0 && i < n);
      } else {
        break;
      }
    }
    return statement.substring(0, i);
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
