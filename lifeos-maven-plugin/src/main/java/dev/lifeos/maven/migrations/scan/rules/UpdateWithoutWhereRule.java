package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlRule;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Set;

/**
 * An {@code UPDATE} statement (also after a {@code WITH} clause, and inside one: {@code WITH x AS
 * (UPDATE ...)}) with no top-level {@code WHERE}. {@code ON UPDATE CASCADE}, {@code FOR UPDATE} and
 * trigger events are not UPDATE statements.
 */
public final class UpdateWithoutWhereRule implements SqlRule {
  @Override
  public String id() {
    return "update-without-where";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("UPDATE", "WITH");
  }

  @Override
  public String title() {
    return "UPDATE without WHERE";
  }

  @Override
  public String why() {
    return "An UPDATE without a WHERE clause rewrites every row of the table in one transaction:"
        + " it locks them all against the running release's writes, and on PostgreSQL doubles the"
        + " table's size until vacuum.";
  }

  @Override
  public String fix() {
    return "Add the WHERE clause that selects the rows to change, and backfill large tables in"
        + " batches (WHERE id BETWEEN ...).";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    for (var m : SqlSyntax.unfilteredOnExistingTables(statement, "UPDATE", context)) {
      findings.add(
          m.verb(), "UPDATE " + m.table().text() + " has no WHERE clause: it rewrites every row.");
    }
  }
}
