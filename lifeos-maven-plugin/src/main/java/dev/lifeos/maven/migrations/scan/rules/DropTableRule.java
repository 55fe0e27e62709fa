package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlRule;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Set;

/**
 * {@code DROP TABLE}: the table and every row in it are gone at once. {@code DROP TABLE IF EXISTS}
 * of a table no migration created is {@link DropUnknownTableRule}'s.
 */
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
  public String why() {
    return "Dropping a table deletes it and all its rows, for good. The release still running while"
        + " the migration runs (and any release you roll back to) still reads and writes it, and"
        + " fails from that moment; the data only comes back from a backup.";
  }

  @Override
  public String fix() {
    return "Stop using the table in one release, then drop it in a later migration once no running"
        + " version reads it.";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    if (!statement.startsWith("DROP", "TABLE")) {
      return;
    }
    boolean ifExists = statement.hasWordsAt(2, "IF", "EXISTS");
    for (var name : SqlSyntax.nameList(statement, ifExists ? 4 : 2)) {
      boolean unknown = ifExists && !context.mayExist(name.name()); // drop-unknown-table's
      if (!context.createdHere(name.name()) && !unknown) {
        findings.add(
            statement.get(0), "DROP TABLE " + name.text() + " deletes the table and all its rows.");
      }
    }
  }
}
