package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import dev.lifeos.maven.migrations.scan.Token;

/**
 * {@code ALTER TABLE t RENAME [COLUMN] a TO b} (PostgreSQL, MySQL 8) and H2's {@code ALTER COLUMN a
 * RENAME TO b}. Renaming a constraint or an index is not a column rename.
 */
public final class RenameColumnRule extends AlterTableRule {
  @Override
  public String id() {
    return "rename-column";
  }

  @Override
  public String title() {
    return "RENAME COLUMN";
  }

  @Override
  public String why() {
    return "Renaming a column breaks every query and mapping of the release still running that"
        + " uses the old name, from the moment the migration commits.";
  }

  @Override
  public String fix() {
    return "Add the new column, write both, backfill, move reads to the new one, and drop the old"
        + " column in a later release.";
  }

  @Override
  protected void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings) {
    Token column = renamedColumn(action);
    if (column != null) {
      findings.add(
          action.first(), alter.describe(action) + " renames column " + column.text() + ".");
    }
  }

  private static Token renamedColumn(SqlSyntax.Action action) {
    if (action.size() < 3) {
      return null;
    }
    if (action.first().is("RENAME")) {
      if (action.get(1).isAny("TO", "AS", "CONSTRAINT", "INDEX", "KEY")) {
        return null;
      }
      int k = action.columnOffset();
      return action.get(k).isIdentifier() && k + 1 < action.size() && action.get(k + 1).is("TO")
          ? action.get(k)
          : null;
    }
    if (action.first().is("ALTER") && !action.get(1).is("CONSTRAINT")) {
      int k = action.columnOffset();
      return action.hasWordsAt(k + 1, "RENAME", "TO") ? action.get(k) : null;
    }
    return null;
  }
}
