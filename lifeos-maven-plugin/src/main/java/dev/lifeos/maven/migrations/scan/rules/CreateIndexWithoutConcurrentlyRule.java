package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresRule;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Set;

/**
 * PostgreSQL: {@code CREATE [UNIQUE] INDEX} without {@code CONCURRENTLY} on a table the migration
 * did not create.
 */
public final class CreateIndexWithoutConcurrentlyRule implements PostgresRule {
  @Override
  public String id() {
    return "create-index-without-concurrently";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("CREATE");
  }

  @Override
  public String title() {
    return "CREATE INDEX without CONCURRENTLY";
  }

  @Override
  public String why() {
    return "On PostgreSQL, CREATE INDEX without CONCURRENTLY blocks every write to the table (a"
        + " SHARE lock) until the index is built: minutes on a large table, during which the"
        + " running release cannot insert, update or delete.";
  }

  @Override
  public String fix() {
    return "CREATE INDEX CONCURRENTLY, alone in its migration (Flyway then runs it outside a"
        + " transaction); if it fails, drop the INVALID index and run it again.";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    int i = SqlSyntax.skip(statement, 1, "UNIQUE");
    if (!statement.startsWith("CREATE") || !statement.hasWordsAt(i, "INDEX")) {
      return;
    }
    if (statement.hasWordsAt(i + 1, "CONCURRENTLY")) {
      return;
    }
    int on = statement.indexOfTopLevel("ON", i + 1, statement.size());
    if (on < 0) {
      return;
    }
    var table = SqlSyntax.nameAt(statement, SqlSyntax.skip(statement, on + 1, "ONLY"));
    if (table.isEmpty() || context.createdHere(table.get().name())) {
      return;
    }
    findings.add(
        statement.get(0),
        "CREATE INDEX on "
            + table.get().text()
            + " without CONCURRENTLY blocks writes to the table while the index builds.");
  }
}
