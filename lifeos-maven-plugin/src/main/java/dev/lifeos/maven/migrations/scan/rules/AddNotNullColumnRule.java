package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import dev.lifeos.maven.migrations.scan.Token;

/**
 * {@code ALTER TABLE t ADD [COLUMN] c type NOT NULL} (or {@code PRIMARY KEY}) with no {@code
 * DEFAULT}, identity or serial type to fill existing rows. Also MySQL's and Oracle's {@code ADD (c1
 * ..., c2 ...)}.
 */
public final class AddNotNullColumnRule extends AlterTableRule {
  private static final String[] NOT_A_COLUMN = {
    "CONSTRAINT",
    "PRIMARY",
    "FOREIGN",
    "UNIQUE",
    "CHECK",
    "INDEX",
    "KEY",
    "FULLTEXT",
    "SPATIAL",
    "EXCLUDE",
    "PARTITION",
    "PERIOD",
    "SYSTEM"
  };

  /** Words in a column definition that give existing rows a value. */
  private static final String[] FILLS_ROWS = {
    "DEFAULT",
    "GENERATED",
    "IDENTITY",
    "AUTO_INCREMENT",
    "AUTOINCREMENT",
    "SERIAL",
    "BIGSERIAL",
    "SMALLSERIAL",
    "SERIAL2",
    "SERIAL4",
    "SERIAL8"
  };

  @Override
  public String id() {
    return "add-not-null-column-without-default";
  }

  @Override
  public String title() {
    return "ADD COLUMN NOT NULL without DEFAULT";
  }

  @Override
  public String why() {
    return "Adding a NOT NULL column with no default fails on a table that has rows (they would be"
        + " NULL), so the migration that passed on an empty test database breaks on staging or"
        + " production; and the running release's INSERTs, which do not set the column, fail.";
  }

  @Override
  public String fix() {
    return "Add the column with a DEFAULT (PostgreSQL 11+ adds it without a rewrite), or add it"
        + " nullable, backfill, and set NOT NULL in a later migration.";
  }

  @Override
  protected void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings) {
    SqlStatement statement = action.statement();
    if (!action.first().is("ADD") || action.size() < 2) {
      return;
    }
    int k = action.columnOffset();
    if (k == 1 && action.get(1).isAny(NOT_A_COLUMN)) {
      return;
    }
    if (action.hasWordsAt(k, "IF", "NOT", "EXISTS")) {
      k += 3;
    }
    if (k >= action.size()) {
      return;
    }
    if (action.get(k).isSymbol('(')) {
      checkDefinitions(statement, action.from() + k + 1, action.to() - 1, alter, findings);
    } else {
      checkDefinition(statement, action.from() + k, action.to(), alter, findings);
    }
  }

  /** {@code (c1 type ..., c2 type ...)}: each definition up to a top-level comma. */
  private static void checkDefinitions(
      SqlStatement statement, int from, int to, SqlSyntax.AlterTable alter, Findings findings) {
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i++) {
      Token token = statement.get(i);
      if (token.isSymbol('(')) {
        depth++;
      } else if (token.isSymbol(')')) {
        depth--;
      } else if (depth == 0 && token.isSymbol(',')) {
        checkDefinition(statement, start, i, alter, findings);
        start = i + 1;
      }
    }
    checkDefinition(statement, start, to, alter, findings);
  }

  private static void checkDefinition(
      SqlStatement statement, int from, int to, SqlSyntax.AlterTable alter, Findings findings) {
    if (from >= to || !statement.get(from).isIdentifier()) {
      return;
    }
    boolean required =
        statement.indexOfTopLevel("PRIMARY", from, to) >= 0 || hasNotNull(statement, from, to);
    if (!required) {
      return;
    }
    for (int i = from + 1; i < to; i++) {
      if (statement.get(i).isAny(FILLS_ROWS)) {
        return;
      }
    }
    findings.add(
        statement.get(from),
        "ALTER TABLE "
            + alter.table().text()
            + " ADD COLUMN "
            + statement.text(from, to)
            + " is NOT NULL with no DEFAULT: existing rows have no value for it.");
  }

  private static boolean hasNotNull(SqlStatement statement, int from, int to) {
    for (int i = statement.indexOfTopLevel("NOT", from, to);
        i >= 0;
        i = statement.indexOfTopLevel("NOT", i + 1, to)) {
      if (i + 1 < to && statement.get(i + 1).is("NULL")) {
        return true;
      }
    }
    return false;
  }
}
