package dev.lifeos.maven.migrations.scan;

import java.util.Optional;

/**
 * Which statements take which PostgreSQL locks, and which cannot run in a transaction: the part of
 * PostgreSQL's "Explicit Locking" and command reference pages, and of Flyway's PostgreSQL parser,
 * that the lock rules share.
 */
public final class PostgresLocks {
  /** ALTER TABLE actions that take less than ACCESS EXCLUSIVE (SHARE [ROW|UPDATE] EXCLUSIVE). */
  private static final String[][] WEAKER_ALTER_ACTIONS = {
    {"VALIDATE", "CONSTRAINT"},
    {"CLUSTER", "ON"},
    {"SET", "WITHOUT", "CLUSTER"},
    {"SET", "("},
    {"RESET", "("},
    {"ENABLE"},
    {"DISABLE"},
    {"ATTACH", "PARTITION"}
  };

  private PostgresLocks() {}

  /**
   * The {@code CONCURRENTLY} of a statement PostgreSQL refuses inside a transaction block: {@code
   * CREATE [UNIQUE] INDEX CONCURRENTLY}, {@code DROP INDEX CONCURRENTLY}, {@code REINDEX ...
   * CONCURRENTLY}, {@code ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY}; empty for any other.
   */
  public static Optional<Token> concurrently(SqlStatement statement) {
    int at = -1;
    if (statement.startsWith("CREATE")) {
      at = SqlSyntax.skip(statement, 1, "UNIQUE") + 1;
      at = statement.hasWordsAt(at - 1, "INDEX") ? at : -1;
    } else if (statement.startsWith("DROP", "INDEX")) {
      at = 2;
    } else if (statement.startsWith("REINDEX")
        || (statement.startsWith("ALTER", "TABLE")
            && statement.hasTopLevel("DETACH", 0, statement.size()))) {
      at = statement.indexOf("CONCURRENTLY"); // also REINDEX (CONCURRENTLY) TABLE t
    }
    return at >= 0 && statement.hasWordsAt(at, "CONCURRENTLY")
        ? Optional.of(statement.get(at))
        : Optional.empty();
  }

  /**
   * Flyway runs the migration outside a transaction because of this statement (its PostgreSQL
   * parser's list): {@code CREATE|DROP DATABASE|TABLESPACE|SUBSCRIPTION}, {@code ALTER SYSTEM},
   * {@code CREATE|DROP [UNIQUE] INDEX CONCURRENTLY}, {@code REINDEX SCHEMA|DATABASE|SYSTEM}, {@code
   * VACUUM}, {@code DISCARD ALL}, and before PostgreSQL 12 {@code ALTER TYPE ... ADD VALUE}.
   */
  public static boolean flywayRunsOutsideTransaction(SqlStatement statement, int postgresMajor) {
    boolean createOrDrop =
        (statement.startsWith("CREATE") || statement.startsWith("DROP")) && statement.size() > 1;
    int index = SqlSyntax.skip(statement, 1, "UNIQUE");
    int reindex = SqlSyntax.skip(statement, 1, "VERBOSE");
    return (createOrDrop && statement.get(1).isAny("DATABASE", "TABLESPACE", "SUBSCRIPTION"))
        || statement.startsWith("ALTER", "SYSTEM")
        || (createOrDrop && statement.hasWordsAt(index, "INDEX", "CONCURRENTLY"))
        || (statement.startsWith("REINDEX")
            && reindex < statement.size()
            && statement.get(reindex).isAny("SCHEMA", "DATABASE", "SYSTEM"))
        || statement.startsWith("VACUUM")
        || statement.startsWith("DISCARD", "ALL")
        || (postgresMajor < 12
            && statement.startsWith("ALTER", "TYPE")
            && statement.hasTopLevel("VALUE", 0, statement.size()));
  }

  /**
   * What in {@code statement} takes an ACCESS EXCLUSIVE lock (reads and writes wait) on a table or
   * index that existed before this migration, described for a message; empty when nothing does.
   */
  public static Optional<String> accessExclusive(SqlStatement statement, ScanContext context) {
    if (statement.startsWith("ALTER", "TABLE")) {
      return SqlSyntax.alterExistingTable(statement, context)
          .filter(alter -> alter.actions().stream().anyMatch(PostgresLocks::accessExclusive))
          .map(alter -> "ALTER TABLE " + alter.table().text());
    }
    if (statement.startsWith("DROP", "TABLE") || statement.startsWith("TRUNCATE")) {
      int from = SqlSyntax.skip(statement, SqlSyntax.skip(statement, 1, "TABLE"), "IF", "EXISTS");
      return SqlSyntax.nameList(statement, SqlSyntax.skip(statement, from, "ONLY")).stream()
          .filter(t -> !context.createdHere(t.name()) && context.mayExist(t.name()))
          .findFirst()
          .map(t -> statement.get(0).text().toUpperCase(java.util.Locale.ROOT) + " " + t.text());
    }
    if (statement.startsWith("DROP", "INDEX") && concurrently(statement).isEmpty()) {
      return SqlSyntax.nameList(statement, SqlSyntax.skip(statement, 2, "IF", "EXISTS")).stream()
          .filter(index -> !context.indexCreatedHere(index.name()))
          .findFirst()
          .map(index -> "DROP INDEX " + index.text() + " (on its table)");
    }
    if (statement.startsWith("LOCK")) {
      int mode = statement.indexOfTopLevel("MODE", 1, statement.size());
      return mode < 0 || (mode >= 2 && statement.hasWordsAt(mode - 2, "ACCESS", "EXCLUSIVE"))
          ? Optional.of(statement.text(0, Math.min(statement.size(), 3)))
          : Optional.empty();
    }
    boolean rebuilds =
        (statement.startsWith("REFRESH", "MATERIALIZED", "VIEW") || statement.startsWith("REINDEX"))
            && statement.indexOf("CONCURRENTLY") < 0;
    if (rebuilds
        || statement.startsWith("CLUSTER")
        || (statement.startsWith("VACUUM") && statement.indexOf("FULL") >= 0)) {
      return Optional.of(statement.text(0, Math.min(statement.size(), 4)));
    }
    return Optional.empty();
  }

  private static boolean accessExclusive(SqlSyntax.Action action) {
    for (String[] weaker : WEAKER_ALTER_ACTIONS) {
      if (startsWith(action, 0, weaker)) {
        return false;
      }
    }
    if (SqlSyntax.addedConstraint(action).filter(c -> c.kind().is("FOREIGN")).isPresent()) {
      return false; // SHARE ROW EXCLUSIVE
    }
    if (action.first().is("DETACH")
        && action.statement().hasTopLevel("CONCURRENTLY", action.from(), action.to())) {
      return false;
    }
    int column = SqlSyntax.alteredColumnOffset(action);
    return column < 0
        || !(startsWith(action, column + 1, "SET", "STATISTICS")
            || startsWith(action, column + 1, "SET", "(")
            || startsWith(action, column + 1, "RESET", "("));
  }

  /** Words and single-character symbols at {@code offset} of {@code action}. */
  private static boolean startsWith(SqlSyntax.Action action, int offset, String... parts) {
    for (int i = 0; i < parts.length; i++) {
      if (offset + i >= action.size()) {
        return false;
      }
      Token token = action.get(offset + i);
      boolean matches =
          parts[i].length() == 1 && !Character.isLetter(parts[i].charAt(0))
              ? token.isSymbol(parts[i].charAt(0))
              : token.is(parts[i]);
      if (!matches) {
        return false;
      }
    }
    return true;
  }
}
