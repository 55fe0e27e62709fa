package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlRule;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import dev.lifeos.maven.migrations.scan.Token;
import java.util.Set;

/**
 * {@code ALTER TABLE t RENAME [COLUMN] a TO b} (PostgreSQL, MySQL 8) and H2's {@code ALTER COLUMN a
 * RENAME TO b}. Renaming a constraint or an index is not a column rename.
 */
public final class RenameColumnRule implements SqlRule {
  @Override
  public String id() {
    return "rename-column";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("ALTER");
  }

  @Override
  public String title() {
    return "RENAME COLUMN";
  }

  @Override
  public String description() {
    return "Renaming a column breaks every query and mapping of the release still running that"
        + " uses the old name, from the moment the migration commits.";
  }

  @Override
  public String saferAlternative() {
    return "Add the new column, write both, backfill, move reads to the new one, and drop the old"
        + " column in a later release.";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    var alter = SqlSyntax.alterExistingTable(statement, context);
    if (alter.isEmpty()) {
      return;
    }
    for (SqlSyntax.Action action : alter.get().actions()) {
      Token column = renamedColumn(action);
      if (column != null) {
        findings.add(
            action.first(),
            alter.get().describe(action) + " renames column " + column.text() + ".");
      }
    }
  }

  private static Token renamedColumn(SqlSyntax.Action action) {
    if (action.size() < 3) {
      return null;
    }
    if (action.first().is("RENAME")) {
      if (action.get(1).isAny("TO", "AS", "CONSTRAINT", "INDEX", "KEY")) {
        return null;
      }
      int k = action.columnOffset();
      return action.get(k).isIdentifier() && k + 1 < action.size() && action.get(k + 1).is("TO")
          ? action.get(k)
          : null;
    }
    if (action.first().is("ALTER") && !action.get(1).is("CONSTRAINT")) {
      int k = action.columnOffset();
      return action.hasWordsAt(k + 1, "RENAME", "TO") ? action.get(k) : null;
    }
    return null;
  }
}
