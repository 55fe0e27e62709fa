package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlRule;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Set;

/** {@code DROP TABLE}: the table and every row in it are gone at once. */
public final class DropTableRule implements SqlRule {
  @Override
  public String id() {
    return "drop-table";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("DROP");
  }

  @Override
  public String title() {
    return "DROP TABLE";
  }

  @Override
  public String description() {
    return "Dropping a table deletes it and all its rows, for good. The release still running while"
        + " the migration runs (and any release you roll back to) still reads and writes it, and"
        + " fails from that moment; the data only comes back from a backup.";
  }

  @Override
  public String saferAlternative() {
    return "Stop using the table in one release, then drop it in a later migration once no running"
        + " version reads it.";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    if (!statement.startsWith("DROP", "TABLE")) {
      return;
    }
    int i = SqlSyntax.skip(statement, 2, "IF", "EXISTS");
    while (i < statement.size()) {
      var name = SqlSyntax.nameAt(statement, i);
      if (name.isEmpty()) {
        return;
      }
      if (!context.createdHere(name.get().name())) {
        findings.add(
            statement.get(0),
            "DROP TABLE " + name.get().text() + " deletes the table and all its rows.");
      }
      i = name.get().end();
      if (i < statement.size() && statement.get(i).isSymbol(',')) {
        i++;
      } else {
        return;
      }
    }
  }
}
