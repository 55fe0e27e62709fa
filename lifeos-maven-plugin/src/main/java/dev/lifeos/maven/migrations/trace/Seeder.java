package dev.lifeos.maven.migrations.trace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code lifeos.migrations.trace.rows}: fills each table a migration created with rows, inside that
 * migration's transaction, so that the later migrations' locks, reads and rewrites are seen on
 * tables that hold data. Each column without a default gets a value its type accepts, made from the
 * row number (negative for numbers, so that ids a migration inserts itself do not collide); a table
 * whose constraints refuse them (a foreign key, a CHECK) stays empty, and the reason goes to the
 * debug log.
 */
final class Seeder {
  private static final String CREATED_TABLES =
      "SELECT c.oid::bigint, pg_catalog.quote_ident(n.nspname) || '.' ||"
          + " pg_catalog.quote_ident(c.relname), c.relname FROM pg_catalog.pg_class c"
          + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
          + " AND n.nspname NOT LIKE 'pg\\_%'";

  private static final String COLUMNS =
      "SELECT pg_catalog.quote_ident(a.attname), pg_catalog.format_type(a.atttypid, a.atttypmod),"
          + " t.typcategory, t.typname, a.attnotnull FROM pg_catalog.pg_attribute a"
          + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
          + " WHERE a.attrelid = %d AND a.attnum > 0 AND NOT a.attisdropped AND NOT a.atthasdef"
          + " AND a.attidentity = '' AND a.attgenerated = '' ORDER BY a.attnum";

  private final int rows;

  Seeder(int rows) {
    this.rows = rows;
  }

  /**
   * Seeds the tables on {@code connection} that are not among {@code existing} (oids) and are not
   * {@code historyTable}; returns those it filled.
   */
  List<String> seed(
      Connection connection, Set<Long> existing, String historyTable, Consumer<String> debug) {
    if (rows <= 0) {
      return List.of();
    }
    List<String> seeded = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      Map<Long, String> created = new LinkedHashMap<>();
      try (ResultSet tables = statement.executeQuery(CREATED_TABLES)) {
        while (tables.next()) {
          if (!existing.contains(tables.getLong(1)) && !tables.getString(3).equals(historyTable)) {
            created.put(tables.getLong(1), tables.getString(2));
          }
        }
      }
      for (Map.Entry<Long, String> table : created.entrySet()) {
        String insert = insert(statement, table.getKey(), table.getValue());
        if (insert == null) {
          debug.accept("Not seeding " + table.getValue() + ": a column of a type it cannot fill");
          continue;
        }
        statement.execute("SAVEPOINT lifeos_seed");
        try {
          statement.execute(insert);
          statement.execute("RELEASE SAVEPOINT lifeos_seed");
          seeded.add(table.getValue());
        } catch (SQLException refused) {
          statement.execute("ROLLBACK TO SAVEPOINT lifeos_seed");
          debug.accept("Not seeding " + table.getValue() + ": " + refused.getMessage());
        }
      }
    } catch (SQLException e) {
      debug.accept("Seeding stopped: " + e.getMessage());
    }
    return seeded;
  }

  /**
   * The INSERT of {@link #rows} rows into {@code table}, or null when a column cannot be filled.
   */
  private String insert(Statement statement, long oid, String table) throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    try (ResultSet columns = statement.executeQuery(String.format(COLUMNS, oid))) {
      while (columns.next()) {
        String value = value(columns.getString(2), columns.getString(3), columns.getString(4));
        if (value == null && columns.getBoolean(5)) {
          return null;
        }
        if (value != null) {
          names.add(columns.getString(1));
          values.add(value);
        }
      }
    }
    return names.isEmpty()
        ? "INSERT INTO " + table + " SELECT FROM pg_catalog.generate_series(1, " + rows + ")"
        : "INSERT INTO "
            + table
            + " ("
            + String.join(", ", names)
            + ") SELECT "
            + String.join(", ", values)
            + " FROM pg_catalog.generate_series(1, "
            + rows
            + ") AS g";
  }

  /** A value of {@code type} from the row number {@code g}, or null (left NULL). */
  private static String value(String type, String category, String name) {
    return switch (category) {
      case "N" -> "CAST(-g AS " + type + ")"; // below the ids migrations insert themselves
      case "S" -> "CAST(CAST(g AS text) AS " + type + ")";
      case "B" -> "(g % 2 = 0)";
      case "D" -> "CAST(pg_catalog.now() AS " + type + ")";
      case "E" -> "pg_catalog.enum_first(NULL::" + type + ")";
      case "U" ->
          switch (name) {
            case "uuid" -> "CAST(pg_catalog.md5(CAST(g AS text)) AS uuid)";
            case "json", "jsonb" -> "CAST(CAST(g AS text) AS " + type + ")";
            case "bytea" -> "CAST(CAST(g AS text) AS bytea)";
            default -> null;
          };
      default -> null;
    };
  }
}
