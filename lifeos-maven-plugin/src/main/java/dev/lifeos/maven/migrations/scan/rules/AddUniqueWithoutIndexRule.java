package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.AlterTableRule;
import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresRule;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlSyntax;

/**
 * PostgreSQL: {@code ADD [CONSTRAINT c] PRIMARY KEY | UNIQUE (...)} without {@code USING INDEX},
 * and {@code ADD COLUMN c ... PRIMARY KEY | UNIQUE}, on an existing table: the index is built under
 * the ALTER TABLE's lock.
 */
public final class AddUniqueWithoutIndexRule extends AlterTableRule implements PostgresRule {
  @Override
  public String id() {
    return "add-unique-without-index";
  }

  @Override
  public String title() {
    return "ADD PRIMARY KEY / UNIQUE without USING INDEX";
  }

  @Override
  public String why() {
    return "On PostgreSQL, adding a PRIMARY KEY or UNIQUE constraint builds its index while the"
        + " ALTER TABLE holds an ACCESS EXCLUSIVE lock: reads and writes wait for the whole build,"
        + " minutes on a large table.";
  }

  @Override
  public String fix() {
    return "CREATE UNIQUE INDEX CONCURRENTLY i ON t (...) in its own migration, then ADD CONSTRAINT"
        + " c UNIQUE USING INDEX i (or PRIMARY KEY USING INDEX i, on columns already NOT NULL),"
        + " which is instant.";
  }

  @Override
  protected void check(
      SqlSyntax.AlterTable alter, SqlSyntax.Action action, ScanContext context, Findings findings) {
    var constraint = SqlSyntax.addedConstraint(action);
    if (constraint.isPresent()
        && constraint.get().kind().isAny("PRIMARY", "UNIQUE")
        && !constraint.get().usingIndex()) {
      findings.add(
          action.first(),
          alter.describe(action) + " builds its index while reads and writes wait.");
      return;
    }
    SqlSyntax.addedColumn(action)
        .filter(column -> column.has("PRIMARY") || column.has("UNIQUE"))
        .ifPresent(
            column ->
                findings.add(
                    action.first(),
                    "ALTER TABLE "
                        + alter.table().text()
                        + " ADD COLUMN "
                        + column.text()
                        + " builds a unique index while reads and writes wait."));
  }
}
