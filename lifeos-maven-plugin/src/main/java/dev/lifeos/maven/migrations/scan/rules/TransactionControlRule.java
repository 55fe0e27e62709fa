package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresRule;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.SqlSyntax;
import java.util.Set;

/**
 * PostgreSQL: {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code
 * ROLLBACK}, {@code ABORT} or {@code PREPARE TRANSACTION} in a migration (savepoints are fine).
 */
public final class TransactionControlRule implements PostgresRule {
  @Override
  public String id() {
    return "transaction-control";
  }

  @Override
  public Set<String> verbs() {
    return Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "PREPARE");
  }

  @Override
  public String title() {
    return "BEGIN / COMMIT inside a migration";
  }

  @Override
  public String why() {
    return "Flyway runs each migration in its own transaction and records it in the same one. A"
        + " COMMIT in the migration ends that transaction early: the statements after it run"
        + " without one, so a failure leaves the migration half applied and its history row"
        + " inconsistent; a BEGIN inside it is ignored with a warning, so the COMMIT that follows"
        + " is the one that ends Flyway's transaction.";
  }

  @Override
  public String fix() {
    return "Remove BEGIN/COMMIT/ROLLBACK and let Flyway's transaction cover the migration; split"
        + " work that must commit separately into separate migrations.";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    if (SqlSyntax.transactionControl(statement) != SqlSyntax.TransactionControl.NONE) {
      findings.add(
          statement.get(0),
          statement.text(0, Math.min(statement.size(), 2))
              + " controls the transaction that Flyway runs the migration in.");
    }
  }
}
