package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlSyntax;

/**
 * {@code ALTER TABLE t DROP [COLUMN] c}: also without the COLUMN keyword, which PostgreSQL and
 * MySQL allow; {@code DROP CONSTRAINT}, {@code DROP DEFAULT} and the like are not columns.
 */
public final class DropColumnRule extends AlterTableRule {
  private static final String[] NOT_A_COLUMN = {
    "CONSTRAINT",
    "PRIMARY",
    "FOREIGN",
    "INDEX",
    "KEY",
    "CHECK",
    "UNIQUE",
    "PARTITION",
    "DEFAULT",
    "NOT",
    "EXPRESSION",
    "IDENTITY",
    "PERIOD",
    "SYSTEM",
    "FULLTEXT",
    "SPATIAL",
    "ROW"
  };

  @Override
  public String id() {
    return "drop-column";
  }

  @Override
  public String title() {
    return "DROP COLUMN";
  }

  @Override
  public String why() {
    return "Dropping a column deletes its data for good. The release still running during the"
        + " deploy selects, inserts or maps it (an ORM entity, a SELECT *), and fails as soon as"
        + " the migration has run.";
  }

  @Override
  public String fix() {
    return "Stop reading and writing the column in one release, then drop it in a later migration.";
  }

  @Override
  protected void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings) {
    if (!action.first().is("DROP") || action.size() < 2) {
      return;
    }
    int k = action.columnOffset();
    if (k == 1 && action.get(1).isAny(NOT_A_COLUMN)) {
      return;
    }
    if (action.hasWordsAt(k, "IF", "EXISTS")) {
      k += 2;
    }
    if (k < action.size() && action.get(k).isIdentifier()) {
      findings.add(
          action.first(),
          "ALTER TABLE "
              + alter.table().text()
              + " DROP COLUMN "
              + action.get(k).text()
              + " deletes the column and its data.");
    }
  }
}
