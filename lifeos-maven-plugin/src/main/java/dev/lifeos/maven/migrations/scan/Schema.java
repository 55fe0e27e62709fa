package dev.lifeos.maven.migrations.scan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables, columns, CHECK constraints and indexes that the migrations scanned so far created, as
 * far as their SQL says: what lets a rule know that a column was {@code varchar(100)} before this
 * migration widens it, that a table was created by no migration, or that a {@code CHECK (c IS NOT
 * NULL)} was validated two migrations ago. Only what the rules ask is kept.
 */
final class Schema {
  /** The migration ordinal of tables that existed before anything the scan read. */
  static final int BEFORE_HISTORY = -1;

  /** A table, and in which migration (ordinal in the replay) it was created. */
  static final class Table {
    final int createdIn;
    final Map<String, Column> columns = new HashMap<>();
    final Map<String, Check> checks = new HashMap<>();

    Table(int createdIn) {
      this.createdIn = createdIn;
    }
  }

  /**
   * @param type null when the migration's spelling of it was not understood
   * @param notNull declared NOT NULL (or PRIMARY KEY)
   */
  record Column(ColumnType type, boolean notNull) {}

  /**
   * @param notNullColumn c for {@code CHECK (c IS NOT NULL)}, else null
   * @param validated added without NOT VALID, or validated since
   */
  record Check(String notNullColumn, boolean validated) {}

  private final Map<String, Table> tables = new HashMap<>();
  private final Map<String, String> indexTables = new HashMap<>();

  Optional<Table> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** The table an index was created on, if a migration created it. */
  Optional<String> indexTable(String index) {
    return Optional.ofNullable(indexTables.get(index));
  }

  /** Records what {@code statement}, run by migration {@code migration}, did to the schema. */
  void track(SqlStatement statement, int migration) {
    if (statement.startsWith("CREATE")) {
      SqlSyntax.createdTable(statement).ifPresent(name -> create(statement, name, migration));
      SqlSyntax.createdIndex(statement)
          .filter(index -> index.index() != null)
          .ifPresent(index -> indexTables.put(index.index().name(), index.table().name()));
    } else if (statement.startsWith("DROP", "TABLE")) {
      SqlSyntax.nameList(statement, SqlSyntax.skip(statement, 2, "IF", "EXISTS"))
          .forEach(name -> tables.remove(name.name()));
    } else if (statement.startsWith("DROP", "INDEX")) {
      int i = SqlSyntax.skip(statement, 2, "CONCURRENTLY");
      SqlSyntax.nameList(statement, SqlSyntax.skip(statement, i, "IF", "EXISTS"))
          .forEach(name -> indexTables.remove(name.name()));
    } else if (statement.startsWith("RENAME", "TABLE")) {
      List<SqlSyntax.Name> names = SqlSyntax.nameList(statement, 2);
      if (!names.isEmpty() && statement.hasWordsAt(names.get(0).end(), "TO")) {
        SqlSyntax.nameAt(statement, names.get(0).end() + 1)
            .ifPresent(to -> rename(names.get(0).name(), to.name()));
      }
    } else {
      SqlSyntax.alterTable(statement)
          .ifPresent(
              alter -> {
                String name = alter.table().name();
                for (SqlSyntax.Action action : alter.actions()) {
                  Table table = tables.computeIfAbsent(name, t -> new Table(BEFORE_HISTORY));
                  name = alter(name, table, action);
                }
              });
    }
  }

  private void create(SqlStatement statement, SqlSyntax.Name name, int migration) {
    if (tables.containsKey(name.name()) && statement.hasTopLevel("EXISTS", 0, name.end())) {
      return; // CREATE TABLE IF NOT EXISTS of a table that is there: a no-op
    }
    Table table = new Table(migration);
    tables.put(name.name(), table);
    int open = name.end();
    if (open >= statement.size() || !statement.get(open).isSymbol('(')) {
      return; // AS SELECT, PARTITION OF, OF type: no column list to read
    }
    for (int[] part : statement.splitTopLevel(open + 1, statement.closing(open))) {
      var column = SqlSyntax.columnDefinition(statement, part[0], part[1]);
      if (column.isPresent()) {
        table.columns.put(
            column.get().name().name(),
            new Column(column.get().type().orElse(null), column.get().notNull()));
      } else if (part[0] < part[1]) {
        addConstraint(table, new SqlSyntax.Action(statement, part[0], part[1]), 0);
      }
    }
  }

  /** Applies {@code action} to {@code table}; returns the table's name afterwards. */
  private String alter(String name, Table table, SqlSyntax.Action action) {
    if (action.size() >= 3 && action.first().is("RENAME") && action.get(1).isAny("TO", "AS")) {
      String to = action.get(2).name();
      rename(name, to);
      return to;
    }
    if (action.first().is("RENAME") && action.size() >= 4) {
      int k = action.columnOffset();
      if (action.hasWordsAt(k + 1, "TO") && table.columns.containsKey(action.get(k).name())) {
        table.columns.put(action.get(k + 2).name(), table.columns.remove(action.get(k).name()));
      }
    } else if (action.first().is("ADD")) {
      SqlSyntax.addedColumn(action)
          .ifPresent(
              c ->
                  table.columns.put(
                      c.name().name(), new Column(c.type().orElse(null), c.notNull())));
      addConstraint(table, action, 1);
    } else if (action.hasWordsAt(0, "VALIDATE", "CONSTRAINT") && action.size() > 2) {
      table.checks.computeIfPresent(
          action.get(2).name(), (c, check) -> new Check(check.notNullColumn(), true));
    } else if (action.hasWordsAt(0, "DROP", "CONSTRAINT")) {
      int k = action.hasWordsAt(2, "IF", "EXISTS") ? 4 : 2;
      if (k < action.size()) {
        table.checks.remove(action.get(k).name());
      }
    } else if (action.first().is("DROP") && action.size() >= 2) {
      int k = action.columnOffset();
      k = action.hasWordsAt(k, "IF", "EXISTS") ? k + 2 : k;
      if (k < action.size()) {
        table.columns.remove(action.get(k).name());
      }
    } else {
      alterColumn(table, action);
    }
    return name;
  }

  private static void alterColumn(Table table, SqlSyntax.Action action) {
    int k = SqlSyntax.alteredColumnOffset(action);
    if (k < 0) {
      return;
    }
    String name = action.get(k).name();
    Column column = table.columns.get(name);
    int type = SqlSyntax.newTypeOffset(action);
    if (type >= 0) {
      SqlStatement statement = action.statement();
      int end = action.to();
      for (String word : new String[] {"USING", "COLLATE"}) {
        int at = statement.indexOfTopLevel(word, action.from() + type, action.to());
        end = at >= 0 ? Math.min(end, at) : end;
      }
      ColumnType newType = ColumnType.parse(statement, action.from() + type, end).orElse(null);
      table.columns.put(name, new Column(newType, column != null && column.notNull()));
    } else if (column != null && action.hasWordsAt(k + 1, "SET", "NOT", "NULL")) {
      table.columns.put(name, new Column(column.type(), true));
    } else if (column != null && action.hasWordsAt(k + 1, "DROP", "NOT", "NULL")) {
      table.columns.put(name, new Column(column.type(), false));
    }
  }

  /** Records the table constraint at offset {@code k} of {@code action}. */
  private static void addConstraint(Table table, SqlSyntax.Action action, int k) {
    SqlSyntax.constraintAt(action, k)
        .ifPresent(
            constraint -> {
              if (constraint.kind().is("CHECK")) {
                table.checks.put(
                    constraint.name() == null
                        ? "check#" + table.checks.size()
                        : constraint.name().name(),
                    new Check(constraint.notNullCheckColumn(), !constraint.notValid()));
              } else if (constraint.kind().is("PRIMARY")) {
                SqlStatement statement = action.statement();
                int open = constraint.at() + 2;
                if (open < action.to() && statement.get(open).isSymbol('(')) {
                  for (int i = open + 1; i < statement.closing(open); i++) {
                    table.columns.computeIfPresent(
                        statement.get(i).name(), (c, column) -> new Column(column.type(), true));
                  }
                }
              }
            });
  }

  private void rename(String from, String to) {
    Table table = tables.remove(from);
    if (table != null) {
      tables.put(to, table);
    }
    indexTables.replaceAll((index, on) -> on.equals(from) ? to : on);
  }
}
