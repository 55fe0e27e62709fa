package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlRule;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Set;

/** {@code ALTER TABLE t RENAME TO u} and MySQL's {@code RENAME TABLE t TO u}. */
public final class RenameTableRule implements SqlRule {
  @Override
  public String id() {
    return "rename-table";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("ALTER", "RENAME");
  }

  @Override
  public String title() {
    return "RENAME TABLE";
  }

  @Override
  public String why() {
    return "Renaming a table breaks every query of the release still running under the old name,"
        + " from the moment the migration commits until the new release is out everywhere.";
  }

  @Override
  public String fix() {
    return "Create the new table (or a view under the new name), move the code to it, and drop the"
        + " old name in a later release.";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    if (statement.startsWith("RENAME", "TABLE")) {
      findings.add(statement.get(0), statement.text(0, statement.size()) + " renames a table.");
      return;
    }
    var alter = SqlSyntax.alterExistingTable(statement, context);
    if (alter.isEmpty()) {
      return;
    }
    for (SqlSyntax.Action action : alter.get().actions()) {
      if (action.size() >= 3 && action.first().is("RENAME") && action.get(1).isAny("TO", "AS")) {
        findings.add(
            action.first(),
            "ALTER TABLE "
                + alter.get().table().text()
                + " RENAME TO "
                + action.get(2).text()
                + " renames a table.");
      }
    }
  }
}
