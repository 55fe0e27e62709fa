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
   * The table of a {@code verb} statement ({@code DELETE [FROM]}, {@code UPDATE}, also after a WITH
   * clause) that has no top-level WHERE and existed before this migration; else empty.
   */
  public static Optional<Name> unfilteredExistingTable(
      SqlStatement statement, String verb, ScanContext context) {
    int at = verbIndex(statement);
    if (at >= statement.size() || !statement.get(at).is(verb)) {
      return Optional.empty();
    }
    int i = skip(statement, skip(statement, at + 1, "FROM"), "ONLY");
    return nameAt(statement, i)
        .filter(table -> !context.createdHere(table.name()))
        .filter(table -> statement.indexOfTopLevel("WHERE", table.end(), statement.size()) < 0);
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
}
