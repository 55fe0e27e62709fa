package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresRule;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Set;

/**
 * PostgreSQL: {@code DROP INDEX} without {@code CONCURRENTLY}, unless the index (or its table) was
 * created in the same migration.
 */
public final class DropIndexWithoutConcurrentlyRule implements PostgresRule {
  @Override
  public String id() {
    return "drop-index-without-concurrently";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("DROP");
  }

  @Override
  public String title() {
    return "DROP INDEX without CONCURRENTLY";
  }

  @Override
  public String why() {
    return "On PostgreSQL, DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table: reads"
        + " and writes of the table wait for it, and behind any long query that uses the table.";
  }

  @Override
  public String fix() {
    return "DROP INDEX CONCURRENTLY, alone in its migration (Flyway then runs it outside a"
        + " transaction).";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    if (!statement.startsWith("DROP", "INDEX") || statement.hasWordsAt(2, "CONCURRENTLY")) {
      return;
    }
    for (var index : SqlSyntax.nameList(statement, SqlSyntax.skip(statement, 2, "IF", "EXISTS"))) {
      if (!context.indexCreatedHere(index.name())) {
        findings.add(
            statement.get(0),
            "DROP INDEX "
                + index.text()
                + " without CONCURRENTLY locks its table against reads"
                + " and writes.");
      }
    }
  }
}
