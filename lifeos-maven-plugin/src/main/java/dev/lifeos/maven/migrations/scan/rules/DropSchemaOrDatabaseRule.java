package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlRule;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import java.util.Set;

/** {@code DROP SCHEMA} and {@code DROP DATABASE}. */
public final class DropSchemaOrDatabaseRule implements SqlRule {
  @Override
  public String id() {
    return "drop-schema-or-database";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("DROP");
  }

  @Override
  public String title() {
    return "DROP SCHEMA / DATABASE";
  }

  @Override
  public String why() {
    return "Dropping a schema or a database deletes every table, view and row in it (with CASCADE,"
        + " without asking). A migration that does it wipes the environment it runs on.";
  }

  @Override
  public String fix() {
    return "Do it by hand, reviewed, outside the migration history; a migration should never own"
        + " the schema it runs in.";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    if (statement.startsWith("DROP", "SCHEMA") || statement.startsWith("DROP", "DATABASE")) {
      findings.add(
          statement.get(0),
          statement.text(0, Math.min(statement.size(), 6)) + " deletes everything in it.");
    }
  }
}
