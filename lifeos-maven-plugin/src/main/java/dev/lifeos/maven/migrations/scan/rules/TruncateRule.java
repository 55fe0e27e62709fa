package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlRule;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Set;

/** {@code TRUNCATE [TABLE] [ONLY] t}: every row gone, no WHERE possible. */
public final class TruncateRule implements SqlRule {
  @Override
  public String id() {
    return "truncate";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("TRUNCATE");
  }

  @Override
  public String title() {
    return "TRUNCATE";
  }

  @Override
  public String why() {
    return "TRUNCATE deletes every row of the table at once (with CASCADE, of the tables that"
        + " reference it too), takes an exclusive lock, and cannot be undone by the application.";
  }

  @Override
  public String fix() {
    return "Delete only the rows that must go, with a WHERE clause, in batches; keep a copy if the"
        + " data may be needed.";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    if (!statement.startsWith("TRUNCATE")) {
      return;
    }
    int i = SqlSyntax.skip(statement, SqlSyntax.skip(statement, 1, "TABLE"), "ONLY");
    var table = SqlSyntax.nameAt(statement, i);
    if (table.isPresent() && context.createdHere(table.get().name())) {
      return;
    }
    findings.add(
        statement.get(0),
        "TRUNCATE " + table.map(SqlSyntax.Name::text).orElse("") + " deletes every row.");
  }
}
