package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import dev.lifeos.maven.migrations.scan.Token;

/**
 * A column's type changed: PostgreSQL's {@code ALTER [COLUMN] c [SET DATA] TYPE t}, H2's {@code
 * ALTER COLUMN c t}, MySQL's {@code MODIFY} and {@code CHANGE}.
 */
public final class AlterColumnTypeRule extends AlterTableRule {
  /** Words after {@code ALTER COLUMN c} that do something else than change the type. */
  private static final String[] OTHER_ALTERATIONS = {
    "SET",
    "DROP",
    "RESTART",
    "ADD",
    "RENAME",
    "RESET",
    "OPTIONS",
    "SELECTIVITY",
    "INVISIBLE",
    "VISIBLE",
    "ON"
  };

  @Override
  public String id() {
    return "alter-column-type";
  }

  @Override
  public String title() {
    return "Column type change";
  }

  @Override
  public String description() {
    return "Changing a column's type rewrites the table and its indexes under an exclusive lock on"
        + " most databases (PostgreSQL: ACCESS EXCLUSIVE, so reads wait too) for as long as the"
        + " rewrite takes, and the running release may not read or write the new type.";
  }

  @Override
  public String saferAlternative() {
    return "Add a column of the new type, backfill it in batches, move the code to it, and drop the"
        + " old column in a later release.";
  }

  @Override
  protected void check(SqlSyntax.AlterTable alter, SqlSyntax.Action action, Findings findings) {
    Token column = changedColumn(action);
    if (column != null) {
      findings.add(
          action.first(),
          alter.describe(action) + " changes the type of column " + column.text() + ".");
    }
  }

  /** The column whose type {@code action} changes, or null. */
  private static Token changedColumn(SqlSyntax.Action action) {
    if (action.size() < 3) {
      return null;
    }
    if (action.first().isAny("MODIFY", "CHANGE")) {
      int k = action.columnOffset();
      return action.get(k).isIdentifier() ? action.get(k) : null;
    }
    if (!action.first().is("ALTER") || action.get(1).is("CONSTRAINT")) {
      return null;
    }
    int k = action.columnOffset();
    if (k + 1 >= action.size() || !action.get(k).isIdentifier()) {
      return null;
    }
    Token next = action.get(k + 1);
    boolean changes =
        next.is("TYPE")
            || action.hasWordsAt(k + 1, "SET", "DATA", "TYPE")
            || (next.type() == Token.Type.WORD && !next.isAny(OTHER_ALTERATIONS));
    return changes ? action.get(k) : null;
  }
}
