package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresRule;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlSyntax;

/**
 * PostgreSQL: {@code ALTER TABLE t ADD [CONSTRAINT c] FOREIGN KEY (...) REFERENCES p} without
 * {@code NOT VALID}, and the inline {@code ADD COLUMN c ... REFERENCES p} (which cannot be NOT
 * VALID), on a table the migration did not create; and {@code VALIDATE CONSTRAINT} of a foreign key
 * the same migration added NOT VALID (its transaction still holds the lock).
 */
public final class AddForeignKeyWithoutNotValidRule extends AlterTableRule implements PostgresRule {
  @Override
  public String id() {
    return "add-foreign-key-without-not-valid";
  }

  @Override
  public String title() {
    return "ADD FOREIGN KEY without NOT VALID";
  }

  @Override
  public String why() {
    return "On PostgreSQL, adding a foreign key checks every existing row while it holds a SHARE ROW"
        + " EXCLUSIVE lock on both tables: writes to the table and to the table it references wait"
        + " until the whole table has been read.";
  }

  @Override
  public String fix() {
    return "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID (instant; for a new column, add the column"
        + " first), then VALIDATE CONSTRAINT in a later migration (reads the rows without blocking"
        + " writes).";
  }

  @Override
  protected void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings) {
    var constraint = SqlSyntax.addedConstraint(action);
    var column = SqlSyntax.addedColumn(action);
    if (constraint.isPresent()
        && constraint.get().kind().is("FOREIGN")
        && !constraint.get().notValid()) {
      findings.add(
          action.first(),
          alter.describe(action)
              + " checks every row under a lock that blocks writes to both tables.");
    } else if (column.isPresent() && column.get().has("REFERENCES")) {
      findings.add(
          action.first(),
          "ALTER TABLE "
              + alter.table().text()
              + " ADD COLUMN "
              + column.get().text()
              + " adds a foreign key that cannot be NOT VALID: it locks the referenced table"
              + " against writes.");
    } else if (context.validatesWhatItAddedNotValid(alter, action, "FOREIGN")) {
      findings.add(
          action.first(),
          alter.describe(action)
              + " validates the foreign key in the transaction that added it, which still holds"
              + " its lock: writes to both tables wait for the scan.");
    }
  }
}
