package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.ColumnType;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresTypes;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import dev.lifeos.maven.migrations.scan.Token;
import java.util.Optional;

/**
 * A column's type changed: PostgreSQL's {@code ALTER [COLUMN] c [SET DATA] TYPE t}, H2's {@code
 * ALTER COLUMN c t}, MySQL's {@code MODIFY} and {@code CHANGE}. On PostgreSQL a change it makes
 * without a rewrite ({@link PostgresTypes}: a varchar widened, varchar to text, a length limit
 * dropped) is not a finding, when the earlier migrations say what the type was and the change keeps
 * the collation and the values.
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
  public String why() {
    return "Changing a column's type rewrites the table and its indexes under an exclusive lock on"
        + " most databases (PostgreSQL: ACCESS EXCLUSIVE, so reads wait too) for as long as the"
        + " rewrite takes, and the running release may not read or write the new type.";
  }

  @Override
  public String fix() {
    return "Add a column of the new type, backfill it in batches, move the code to it, and drop the"
        + " old column in a later release.";
  }

  @Override
  protected void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings) {
    Token column = changedColumn(action);
    if (column == null) {
      return;
    }
    Optional<ColumnType> before =
        context.dialect() == Dialect.POSTGRESQL
            ? context.columnType(alter.table().name(), column.name())
            : Optional.empty();
    if (before.isPresent() && rewriteFree(action, column, before.get())) {
      return;
    }
    findings.add(
        action.first(),
        alter.describe(action)
            + " changes the type of column "
            + column.text()
            + before.map(type -> " (" + type.text() + " before)").orElse("")
            + ".");
  }

  /**
   * {@code ALTER c TYPE t} from {@code before}: a type PostgreSQL changes without a rewrite, no
   * {@code COLLATE} (a new collation rebuilds the column's indexes), no {@code USING} but {@code c}
   * or {@code c::t}.
   */
  private static boolean rewriteFree(SqlSyntax.Action action, Token column, ColumnType before) {
    int type = SqlSyntax.newTypeOffset(action);
    if (type < 0) {
      return false;
    }
    SqlStatement statement = action.statement();
    int from = action.from() + type;
    if (statement.hasTopLevel("COLLATE", from, action.to())) {
      return false;
    }
    int using = statement.indexOfTopLevel("USING", from, action.to());
    int end = using < 0 ? action.to() : using;
    Optional<ColumnType> after = ColumnType.parse(statement, from, end);
    if (after.isEmpty() || !PostgresTypes.rewriteFree(before, after.get())) {
      return false;
    }
    if (using < 0) {
      return true;
    }
    String expression = statement.text(using + 1, action.to()).replace(" ", "");
    String cast = column.text() + "::" + statement.text(from, end).replace(" ", "");
    return expression.equalsIgnoreCase(column.text()) || expression.equalsIgnoreCase(cast);
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
