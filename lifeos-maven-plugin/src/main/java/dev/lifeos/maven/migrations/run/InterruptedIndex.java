package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.migrations.db.Database;
import dev.lifeos.maven.migrations.db.MigrationLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index that a {@code CREATE INDEX CONCURRENTLY} left behind when it did not finish as a
 * migration: the build runs outside a transaction, in stages, so a run killed or cancelled during
 * it leaves the index in the catalog, INVALID (stopped while building) or valid (built, but the run
 * died before Flyway recorded the migration). Either way the next run fails with "relation ...
 * already exists". Found in {@code pg_index} by the names the migration's statements give; the fix
 * is a command for the DB team, never run here.
 *
 * @param schema its schema
 * @param name its name
 * @param valid {@code pg_index.indisvalid}: whether the build finished
 * @param definition {@code pg_get_indexdef}: to compare with the migration's statement
 */
record InterruptedIndex(String schema, String name, boolean valid, String definition) {
  private static final Pattern CREATE_CONCURRENTLY =
      Pattern.compile(
          "\\bCREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
              + "(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)\\s+ON\\b",
          Pattern.CASE_INSENSITIVE);

  private static final String FIND =
      "SELECT n.nspname, c.relname, i.indisvalid, pg_get_indexdef(c.oid)"
          + " FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relname = ANY (?) AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
          + " ORDER BY n.nspname, c.relname";

  /** The names of the indexes that {@code sql} creates concurrently, as PostgreSQL stores them. */
  static List<String> namesIn(String sql) {
    List<String> names = new ArrayList<>();
    Matcher matcher = CREATE_CONCURRENTLY.matcher(sql);
    while (matcher.find()) {
      String name = matcher.group(1);
      names.add(
          name.startsWith("\"")
              ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
              : name.toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** How long looking for what a failed migration left may take. */
  private static final Duration LOOKUP_LIMIT = Duration.ofSeconds(30);

  /**
   * The indexes named {@code names} in a PostgreSQL {@code database}, none in another one. They
   * only add advice to a failure, so a lookup that fails is a warning and finds none.
   */
  static List<InterruptedIndex> lookFor(Database database, List<String> names, MigrationLog log) {
    if (!database.isPostgresql() || names.isEmpty()) {
      return List.of();
    }
    try {
      return find(database, names, LOOKUP_LIMIT);
    } catch (Exception e) {
      log.warn("Could not look for indexes left by CREATE INDEX CONCURRENTLY: " + e);
      return List.of();
    }
  }

  /** The indexes named {@code names} that exist in {@code database}, read within {@code limit}. */
  static List<InterruptedIndex> find(Database database, List<String> names, Duration limit)
      throws Exception {
    if (names.isEmpty()) {
      return List.of();
    }
    return database.query(
        "-recovery",
        limit,
        connection -> {
          List<InterruptedIndex> found = new ArrayList<>();
          try (PreparedStatement query = connection.prepareStatement(FIND)) {
            query.setArray(1, connection.createArrayOf("text", names.toArray()));
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                found.add(
                    new InterruptedIndex(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getBoolean(3),
                        rows.getString(4)));
              }
            }
          }
          return found;
        });
  }

  /** The command that removes it without blocking writes to its table. */
  String drop() {
    return "DROP INDEX CONCURRENTLY IF EXISTS " + identifier(schema) + "." + identifier(name) + ";";
  }

  /** What it is and what to do, for a run of {@code script}. */
  String advice(String script) {
    return valid
        ? "The index "
            + schema
            + "."
            + name
            + " exists and is valid: an earlier run of "
            + script
            + " built it but ended (killed?) before Flyway recorded "
            + script
            + " as applied. It is now "
            + definition
            + ". If that is the index "
            + script
            + " creates, drop it and run again, which builds it anew: "
            + drop()
            + " (run-migrations never drops anything itself)."
        : "The index "
            + schema
            + "."
            + name
            + " exists but is INVALID: a CREATE INDEX CONCURRENTLY of "
            + script
            + " was interrupted (killed, cancelled or failed) before it finished. PostgreSQL"
            + " keeps such an index, updates it on every write and never uses it. Drop it, then"
            + " run again: "
            + drop()
            + " (run-migrations never drops anything itself).";
  }

  private static String identifier(String name) {
    return name.matches("[a-z_][a-z0-9_$]*") ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
