package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlSyntax;

/**
 * {@code ALTER TABLE t ALTER [COLUMN] c SET NOT NULL}. Silent on the safe path: on PostgreSQL 12+ a
 * validated {@code CHECK (c IS NOT NULL)} (added NOT VALID and validated, in this or an earlier
 * migration) lets PostgreSQL skip the scan; and on a column already declared NOT NULL it does
 * nothing.
 */
public final class SetNotNullRule extends AlterTableRule {
  @Override
  public String id() {
    return "set-not-null";
  }

  @Override
  public String title() {
    return "SET NOT NULL";
  }

  @Override
  public String why() {
    return "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock (PostgreSQL): reads"
        + " and writes wait for the scan. It fails if any row is NULL, and the running release's"
        + " INSERTs that leave the column out fail from then on.";
  }

  @Override
  public String fix() {
    return "Add CHECK (c IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET"
        + " NOT NULL (PostgreSQL 12+ skips the scan) and drop the check.";
  }

  @Override
  protected void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings) {
    if (!action.first().is("ALTER") || action.size() < 4) {
      return;
    }
    int k = action.columnOffset();
    if (!action.hasWordsAt(k + 1, "SET", "NOT", "NULL")) {
      return;
    }
    String table = alter.table().name();
    String column = action.get(k).name();
    boolean scanSkipped =
        context.dialect() == Dialect.POSTGRESQL
            && context.postgresMajor() >= 12
            && context.validatedNotNullCheck(table, column);
    if (!scanSkipped && !context.declaredNotNull(table, column)) {
      findings.add(
          action.first(),
          "ALTER TABLE "
              + alter.table().text()
              + " ALTER COLUMN "
              + action.get(k).text()
              + " SET NOT NULL scans the table under an exclusive lock.");
    }
  }
}
