package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlRule;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Set;

/**
 * A {@code DELETE} statement (also after a {@code WITH} clause, and inside one: {@code WITH x AS
 * (DELETE ...)}) with no top-level {@code WHERE}. {@code ON DELETE CASCADE} and a {@code WHERE}
 * inside a subquery do not count.
 */
public final class DeleteWithoutWhereRule implements SqlRule {
  @Override
  public String id() {
    return "delete-without-where";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("DELETE", "WITH");
  }

  @Override
  public String title() {
    return "DELETE without WHERE";
  }

  @Override
  public String why() {
    return "A DELETE without a WHERE clause deletes every row of the table, in one transaction that"
        + " locks them all; usually a WHERE clause was forgotten.";
  }

  @Override
  public String fix() {
    return "Add the WHERE clause that selects the rows to delete (WHERE true if all really must"
        + " go), and delete large sets in batches.";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    for (var m : SqlSyntax.unfilteredOnExistingTables(statement, "DELETE", context)) {
      findings.add(
          m.verb(),
          "DELETE FROM " + m.table().text() + " has no WHERE clause: it deletes every row.");
    }
  }
}
