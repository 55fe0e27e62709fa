package dev.lifeos.maven.migrations.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few pieces of SQL grammar the rules share: names, leading verbs, ALTER TABLE actions. */
public final class SqlSyntax {
  private SqlSyntax() {}

  /**
   * A possibly schema-qualified name.
   *
   * @param name the last part, folded as {@link Token#name()} folds it
   * @param text as written, for messages
   * @param end index of the token after the name
   */
  public record Name(String name, String text, int end) {}

  /** One action of an ALTER TABLE: tokens [from, to). */
  public record Action(SqlStatement statement, int from, int to) {
    public Token first() {
      return statement.get(from);
    }

    public boolean hasWordsAt(int offset, String... keywords) {
      return from + offset + keywords.length <= to && statement.hasWordsAt(from + offset, keywords);
    }

    public int size() {
      return to - from;
    }

    public Token get(int offset) {
      return statement.get(from + offset);
    }

    public String text() {
      return statement.text(from, to);
    }

    /** Where a column name is in {@code ADD|DROP|ALTER|RENAME [COLUMN] name}: offset 1, or 2. */
    public int columnOffset() {
      return size() > 1 && get(1).is("COLUMN") ? 2 : 1;
    }
  }

  /** {@code ALTER TABLE [IF EXISTS] [ONLY] name [*] action, action, ...}. */
  public record AlterTable(Name table, List<Action> actions) {
    /** "ALTER TABLE t <action>", for a finding's message. */
    public String describe(Action action) {
      return "ALTER TABLE " + table.text() + " " + action.text();
    }
  }

  /**
   * The ALTER TABLE of a table that existed before this migration; empty for any other statement,
   * and for a table the migration created (nothing reads it yet, it has no rows).
   */
  public static Optional<AlterTable> alterExistingTable(
      SqlStatement statement, ScanContext context) {
    return alterTable(statement).filter(alter -> !context.createdHere(alter.table().name()));
  }

  /**
   * An {@code UPDATE} or {@code DELETE}: the statement itself, or the body of a data-modifying
   * {@code WITH x AS (UPDATE ...)}.
   *
   * @param verb where it starts
   * @param table the table it changes
   * @param filtered whether it has a {@code WHERE} of its own (not one in a subquery)
   */
  public record Modification(Token verb, Name table, boolean filtered) {}

  /**
   * The {@code verb} statements ({@code DELETE [FROM]}, {@code UPDATE}) in {@code statement}: the
   * statement itself (also after a WITH clause) and every {@code WITH x AS [NOT] [MATERIALIZED]
   * (verb ...)} in it, at any depth.
   */
  public static List<Modification> modifications(SqlStatement statement, String verb) {
    List<Modification> found = new ArrayList<>();
    int main = verbIndex(statement);
    for (int i = 0; i < statement.size(); i++) {
      Token token = statement.get(i);
      if (!token.is(verb)) {
        continue;
      }
      int end;
      if (i == main) {
        end = statement.size();
      } else if (i >= 2
          && statement.get(i - 1).isSymbol('(')
          && statement.get(i - 2).isAny("AS", "MATERIALIZED")) {
        end = statement.closing(i - 1);
      } else {
        continue;
      }
      int at = skip(statement, skip(statement, i + 1, "FROM"), "ONLY");
      Optional<Name> table = nameAt(statement, at);
      if (table.isPresent() && table.get().end() <= end) {
        boolean filtered = statement.hasTopLevel("WHERE", table.get().end(), end);
        found.add(new Modification(token, table.get(), filtered));
      }
    }
    return found;
  }

  /**
   * The {@code verb} statements of {@code statement} with no WHERE of their own, on tables that
   * existed before this migration.
   */
  public static List<Modification> unfilteredOnExistingTables(
      SqlStatement statement, String verb, ScanContext context) {
    return modifications(statement, verb).stream()
        .filter(m -> !m.filtered() && !context.createdHere(m.table().name()))
        .toList();
  }

  /** The name starting at {@code index}, or empty when no identifier is there. */
  public static Optional<Name> nameAt(SqlStatement statement, int index) {
    if (index >= statement.size() || !statement.get(index).isIdentifier()) {
      return Optional.empty();
    }
    int end = index + 1;
    while (end + 1 < statement.size()
        && statement.get(end).isSymbol('.')
        && statement.get(end + 1).isIdentifier()) {
      end += 2;
    }
    return Optional.of(new Name(statement.get(end - 1).name(), statement.text(index, end), end));
  }

  /** {@code index} moved past {@code words} if they are there, else unchanged. */
  public static int skip(SqlStatement statement, int index, String... words) {
    return statement.hasWordsAt(index, words) ? index + words.length : index;
  }

  /**
   * The index of the statement's verb: 0, or after a {@code WITH} clause ({@code WITH x AS (...)
   * DELETE ...}).
   */
  public static int verbIndex(SqlStatement statement) {
    if (!statement.startsWith("WITH")) {
      return 0;
    }
    int depth = 0;
    for (int i = 1; i < statement.size(); i++) {
      Token token = statement.get(i);
      if (token.isSymbol('(')) {
        depth++;
      } else if (token.isSymbol(')')) {
        depth--;
      } else if (depth == 0
          && token.isAny("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE")
          && !statement.get(i - 1).isSymbol(',')
          && !statement.get(i - 1).is("AS")) {
        return i;
      }
    }
    return statement.size();
  }

  /** The table an ALTER TABLE statement changes, and its comma-separated actions. */
  public static Optional<AlterTable> alterTable(SqlStatement statement) {
    int i = 1;
    if (!statement.startsWith("ALTER")) {
      return Optional.empty();
    }
    i = skip(statement, i, "ONLINE");
    i = skip(statement, i, "IGNORE");
    if (!statement.hasWordsAt(i, "TABLE")) {
      return Optional.empty();
    }
    i = skip(statement, i + 1, "IF", "EXISTS");
    i = skip(statement, i, "ONLY");
    Optional<Name> table = nameAt(statement, i);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    int start = table.get().end();
    if (start < statement.size() && statement.get(start).isSymbol('*')) {
      start++;
    }
    List<Action> actions = new ArrayList<>();
    int depth = 0;
    for (int j = start; j < statement.size(); j++) {
      Token token = statement.get(j);
      if (token.isSymbol('(')) {
        depth++;
      } else if (token.isSymbol(')')) {
        depth--;
      } else if (depth == 0 && token.isSymbol(',')) {
        if (j > start) {
          actions.add(new Action(statement, start, j));
        }
        start = j + 1;
      }
    }
    if (start < statement.size()) {
      actions.add(new Action(statement, start, statement.size()));
    }
    return Optional.of(new AlterTable(table.get(), actions));
  }

  /**
   * {@code CREATE [OR REPLACE] [GLOBAL|LOCAL] [TEMP|TEMPORARY|UNLOGGED] TABLE [IF NOT EXISTS] x}:
   * the table created, or empty for any other statement.
   */
  public static Optional<Name> createdTable(SqlStatement statement) {
    if (!statement.startsWith("CREATE")) {
      return Optional.empty();
    }
    int i = skip(statement, 1, "OR", "REPLACE");
    while (i < statement.size()
        && statement
            .get(i)
            .isAny("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "CACHED", "MEMORY")) {
      i++;
    }
    if (!statement.hasWordsAt(i, "TABLE")) {
      return Optional.empty();
    }
    return nameAt(statement, skip(statement, i + 1, "IF", "NOT", "EXISTS"));
  }

  /** Words that start a table constraint (or MySQL index) where a column definition could be. */
  private static final String[] TABLE_CONSTRAINT = {
    "CONSTRAINT",
    "PRIMARY",
    "FOREIGN",
    "UNIQUE",
    "CHECK",
    "EXCLUDE",
    "INDEX",
    "KEY",
    "FULLTEXT",
    "SPATIAL",
    "PERIOD",
    "LIKE",
    "PARTITION",
    "SYSTEM"
  };

  /** Words that end a column's type and start its constraints and options. */
  private static final String[] AFTER_TYPE = {
    "CONSTRAINT",
    "NOT",
    "NULL",
    "DEFAULT",
    "PRIMARY",
    "UNIQUE",
    "CHECK",
    "REFERENCES",
    "GENERATED",
    "COLLATE",
    "USING",
    "COMPRESSION",
    "STORAGE",
    "AUTO_INCREMENT",
    "AUTOINCREMENT",
    "IDENTITY",
    "COMMENT",
    "ON",
    "FIRST",
    "AFTER",
    "VISIBLE",
    "INVISIBLE"
  };

  /**
   * A column definition {@code name type [constraints]}: tokens [from, to) of {@code statement},
   * the type in [from + 1, typeEnd).
   */
  public record ColumnDefinition(SqlStatement statement, int from, int typeEnd, int to) {
    public Token name() {
      return statement.get(from);
    }

    public Optional<ColumnType> type() {
      return ColumnType.parse(statement, from + 1, typeEnd);
    }

    /** The index of {@code keyword} among the constraints (not inside parentheses), or -1. */
    public int indexOf(String keyword) {
      return statement.indexOfTopLevel(keyword, typeEnd, to);
    }

    public boolean has(String keyword) {
      return indexOf(keyword) >= 0;
    }

    /** {@code NOT NULL} or {@code PRIMARY KEY}: the column can hold no NULL. */
    public boolean notNull() {
      int not = indexOf("NOT");
      return has("PRIMARY") || (not >= 0 && not + 1 < to && statement.get(not + 1).is("NULL"));
    }

    public String text() {
      return statement.text(from, to);
    }
  }

  /** The column defined by tokens [from, to), or empty when they define a table constraint. */
  public static Optional<ColumnDefinition> columnDefinition(
      SqlStatement statement, int from, int to) {
    if (from >= to
        || !statement.get(from).isIdentifier()
        || statement.get(from).isAny(TABLE_CONSTRAINT)) {
      return Optional.empty();
    }
    int typeEnd = from + 1;
    while (typeEnd < to && !statement.get(typeEnd).isAny(AFTER_TYPE)) {
      if (statement.get(typeEnd).isSymbol('(')) {
        typeEnd = statement.closing(typeEnd);
      }
      typeEnd++;
    }
    return Optional.of(new ColumnDefinition(statement, from, Math.min(typeEnd, to), to));
  }

  /**
   * The column of {@code ADD [COLUMN] [IF NOT EXISTS] name type ...}; empty for any other action,
   * for a table constraint, and for MySQL's {@code ADD (c1 ..., c2 ...)}.
   */
  public static Optional<ColumnDefinition> addedColumn(Action action) {
    if (!action.first().is("ADD") || action.size() < 3) {
      return Optional.empty();
    }
    int k = action.columnOffset();
    if (action.hasWordsAt(k, "IF", "NOT", "EXISTS")) {
      k += 3;
    }
    if (k >= action.size() || action.get(k).isSymbol('(')) {
      return Optional.empty();
    }
    return columnDefinition(action.statement(), action.from() + k, action.to());
  }

  /**
   * A constraint added by {@code ADD [CONSTRAINT name] kind ...}.
   *
   * @param name the constraint's name, or null when PostgreSQL makes one up
   * @param kind {@code PRIMARY}, {@code UNIQUE}, {@code CHECK}, {@code FOREIGN} or {@code EXCLUDE}
   * @param at the index of {@code kind} in the statement
   */
  public record AddedConstraint(Action action, Token name, Token kind, int at) {
    /** {@code NOT VALID}: existing rows are not checked now. */
    public boolean notValid() {
      int valid = action.statement().indexOfTopLevel("VALID", at, action.to());
      return valid > at && action.statement().get(valid - 1).is("NOT");
    }

    /** {@code USING INDEX i}: built on an index that already exists. */
    public boolean usingIndex() {
      int using = action.statement().indexOfTopLevel("USING", at, action.to());
      return using >= 0 && action.statement().hasWordsAt(using + 1, "INDEX");
    }

    /**
     * The column {@code c} of {@code CHECK (c IS NOT NULL)} (any number of parentheses), else null.
     */
    public String notNullCheckColumn() {
      SqlStatement statement = action.statement();
      int from = at + 1;
      if (from >= action.to() || !statement.get(from).isSymbol('(')) {
        return null;
      }
      int to = statement.closing(from) + 1;
      while (from < to && statement.get(from).isSymbol('(') && statement.closing(from) == to - 1) {
        from++;
        to--;
      }
      return to - from == 4
              && statement.get(from).isIdentifier()
              && statement.hasWordsAt(from + 1, "IS", "NOT", "NULL")
          ? statement.get(from).name()
          : null;
    }

    /** The constraint's name, or "" for an unnamed one. */
    public String nameOrEmpty() {
      return name == null ? "" : name.name();
    }
  }

  /** The constraint an {@code ADD} action adds; empty for anything else. */
  public static Optional<AddedConstraint> addedConstraint(Action action) {
    return action.first().is("ADD") ? constraintAt(action, 1) : Optional.empty();
  }

  /**
   * The table constraint {@code [CONSTRAINT name] kind ...} at offset {@code k} of {@code action}
   * (also an element of CREATE TABLE's list); empty when there is none.
   */
  public static Optional<AddedConstraint> constraintAt(Action action, int k) {
    Token name = null;
    if (action.hasWordsAt(k, "CONSTRAINT") && action.size() > k + 2) {
      name = action.get(k + 1);
      k += 2;
    }
    if (k >= action.size()) {
      return Optional.empty();
    }
    Token kind = action.get(k);
    return kind.isAny("PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE")
        ? Optional.of(new AddedConstraint(action, name, kind, action.from() + k))
        : Optional.empty();
  }

  /** The comma-separated names from {@code index} on ({@code DROP TABLE a, b CASCADE}: a, b). */
  public static List<Name> nameList(SqlStatement statement, int index) {
    List<Name> names = new ArrayList<>();
    Optional<Name> name = nameAt(statement, index);
    while (name.isPresent()) {
      names.add(name.get());
      int next = name.get().end();
      name =
          next < statement.size() && statement.get(next).isSymbol(',')
              ? nameAt(statement, next + 1)
              : Optional.empty();
    }
    return names;
  }

  /**
   * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table}.
   *
   * @param index the index's name, or null when PostgreSQL makes one up
   * @param table the table it is built on
   */
  public record CreatedIndex(Name index, Name table, boolean concurrently) {}

  public static Optional<CreatedIndex> createdIndex(SqlStatement statement) {
    int i = skip(statement, 1, "UNIQUE");
    if (!statement.startsWith("CREATE") || !statement.hasWordsAt(i, "INDEX")) {
      return Optional.empty();
    }
    boolean concurrently = statement.hasWordsAt(i + 1, "CONCURRENTLY");
    i = skip(statement, skip(statement, i + 1, "CONCURRENTLY"), "IF", "NOT", "EXISTS");
    Name index = statement.hasWordsAt(i, "ON") ? null : nameAt(statement, i).orElse(null);
    int on = statement.indexOfTopLevel("ON", i, statement.size());
    if (on < 0) {
      return Optional.empty();
    }
    return nameAt(statement, skip(statement, on + 1, "ONLY"))
        .map(table -> new CreatedIndex(index, table, concurrently));
  }

  /**
   * The offset of the column in {@code ALTER [COLUMN] c ...} (not {@code ALTER CONSTRAINT}), or -1
   * for any other action.
   */
  public static int alteredColumnOffset(Action action) {
    if (action.size() < 3 || !action.first().is("ALTER") || action.get(1).is("CONSTRAINT")) {
      return -1;
    }
    int k = action.columnOffset();
    return k + 1 < action.size() && action.get(k).isIdentifier() ? k : -1;
  }

  /**
   * The offset of the new type in {@code ALTER [COLUMN] c [SET DATA] TYPE t}, or -1 for any other
   * action.
   */
  public static int newTypeOffset(Action action) {
    int k = alteredColumnOffset(action);
    if (k < 0) {
      return -1;
    }
    if (action.hasWordsAt(k + 1, "TYPE")) {
      return k + 2;
    }
    return action.hasWordsAt(k + 1, "SET", "DATA", "TYPE") ? k + 4 : -1;
  }

  /** How a statement changes the transaction it runs in. */
  public enum TransactionControl {
    /** {@code BEGIN}, {@code START TRANSACTION}. */
    BEGIN,
    /**
     * {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT}, {@code PREPARE TRANSACTION}.
     */
    END,
    NONE
  }

  public static TransactionControl transactionControl(SqlStatement statement) {
    if (statement.startsWith("BEGIN") || statement.startsWith("START", "TRANSACTION")) {
      return TransactionControl.BEGIN;
    }
    if (statement.startsWith("ROLLBACK")
        && (statement.hasWordsAt(1, "TO")
            || statement.hasWordsAt(2, "TO")
            || statement.hasWordsAt(1, "PREPARED"))) {
      return TransactionControl.NONE; // to a savepoint, or another (prepared) transaction
    }
    return statement.startsWith("COMMIT")
            || statement.startsWith("END")
            || statement.startsWith("ROLLBACK")
            || statement.startsWith("ABORT")
            || statement.startsWith("PREPARE", "TRANSACTION")
        ? TransactionControl.END
        : TransactionControl.NONE;
  }

  /** The constraint of a {@code VALIDATE CONSTRAINT c} action, else empty. */
  public static Optional<Token> validatedConstraint(Action action) {
    return action.hasWordsAt(0, "VALIDATE", "CONSTRAINT") && action.size() > 2
        ? Optional.of(action.get(2))
        : Optional.empty();
  }
}
