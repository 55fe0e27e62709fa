package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;

/**
 * PostgreSQL: {@code ALTER TABLE t ADD [CONSTRAINT c] FOREIGN KEY (...) REFERENCES p} without
 * {@code NOT VALID}, on a table the migration did not create.
 */
public final class AddForeignKeyWithoutNotValidRule extends AlterTableRule {
  @Override
  public String id() {
    return "add-foreign-key-without-not-valid";
  }

  @Override
  public String title() {
    return "ADD FOREIGN KEY without NOT VALID";
  }

  @Override
  public String description() {
    return "On PostgreSQL, adding a foreign key checks every existing row while it holds a SHARE ROW"
        + " EXCLUSIVE lock on both tables: writes to the table and to the table it references wait"
        + " until the whole table has been read.";
  }

  @Override
  public String saferAlternative() {
    return "ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID (instant), then VALIDATE CONSTRAINT in a"
        + " later migration (reads the rows without blocking writes).";
  }

  @Override
  public boolean appliesTo(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL;
  }

  @Override
  protected void check(SqlSyntax.AlterTable alter, SqlSyntax.Action action, Findings findings) {
    SqlStatement statement = action.statement();
    if (!action.first().is("ADD")) {
      return;
    }
    int k = action.hasWordsAt(1, "CONSTRAINT") ? 3 : 1;
    if (action.hasWordsAt(k, "FOREIGN", "KEY")
        && statement.indexOfTopLevel("VALID", action.from(), action.to()) < 0) {
      findings.add(
          action.first(),
          alter.describe(action)
              + " checks every row under a lock that blocks writes to both tables.");
    }
  }
}
