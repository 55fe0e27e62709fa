package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresRule;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlSyntax;

/**
 * PostgreSQL: {@code ADD [CONSTRAINT c] CHECK (...)} without {@code NOT VALID} on an existing
 * table; and {@code VALIDATE CONSTRAINT c} of a CHECK the same migration added NOT VALID (its
 * transaction still holds the ADD's lock while it scans).
 */
public final class AddCheckWithoutNotValidRule extends AlterTableRule implements PostgresRule {
  @Override
  public String id() {
    return "add-check-without-not-valid";
  }

  @Override
  public String title() {
    return "ADD CHECK without NOT VALID";
  }

  @Override
  public String why() {
    return "On PostgreSQL, adding a CHECK constraint reads every row to prove it while the ALTER"
        + " TABLE holds an ACCESS EXCLUSIVE lock: reads and writes wait for the scan. Validating it"
        + " in the migration that added it NOT VALID keeps that lock through the scan too.";
  }

  @Override
  public String fix() {
    return "ADD CONSTRAINT c CHECK (...) NOT VALID (instant), then VALIDATE CONSTRAINT c in a later"
        + " migration (it scans without blocking reads or writes).";
  }

  @Override
  protected void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings) {
    var constraint = SqlSyntax.addedConstraint(action);
    if (constraint.isPresent()
        && constraint.get().kind().is("CHECK")
        && !constraint.get().notValid()) {
      findings.add(
          action.first(), alter.describe(action) + " scans every row while reads and writes wait.");
      return;
    }
    if (context.validatesWhatItAddedNotValid(alter, action, "CHECK")) {
      findings.add(
          action.first(),
          alter.describe(action)
              + " validates the CHECK in the transaction that added it, which still holds"
              + " its ACCESS EXCLUSIVE lock: reads and writes wait for the scan.");
    }
  }
}
