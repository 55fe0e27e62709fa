package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresLocks;
import dev.lifeos.maven.migrations.scan.PostgresRule;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.migrations.scan.Token;
import dev.lifeos.maven.migrations.scan.TokenizedSql;
import java.util.Set;

/**
 * PostgreSQL: a {@code CONCURRENTLY} statement that cannot run in a transaction block, where it
 * would: after an explicit {@code BEGIN}; {@code REINDEX ... CONCURRENTLY} and {@code DETACH
 * PARTITION ... CONCURRENTLY}, which Flyway's parser does not know to run outside its transaction;
 * or {@code CREATE/DROP INDEX CONCURRENTLY} in a file with other statements, which Flyway refuses
 * to mix ({@code mixed=false}, the default) or, with {@code mixed=true}, runs entirely outside a
 * transaction.
 */
public final class ConcurrentlyInTransactionRule implements PostgresRule {
  @Override
  public String id() {
    return "concurrently-in-transaction";
  }

  @Override
  public Set<String> verbs() {
    return Set.of(
        "CREATE",
        "DROP",
        "REINDEX",
        "ALTER",
        "VACUUM",
        "DISCARD",
        "BEGIN",
        "START",
        "COMMIT",
        "END",
        "ROLLBACK",
        "ABORT",
        "PREPARE");
  }

  @Override
  public String title() {
    return "CONCURRENTLY inside a transaction";
  }

  @Override
  public String why() {
    return "PostgreSQL refuses CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX"
        + " CONCURRENTLY and DETACH PARTITION CONCURRENTLY inside a transaction block, and Flyway"
        + " runs each migration in one unless every statement of it must run outside: the"
        + " migration fails on deploy, or (with mixed=true) its other statements lose their"
        + " transaction.";
  }

  @Override
  public String fix() {
    return "Put the CONCURRENTLY statement alone in its own migration, with no BEGIN/COMMIT"
        + " (Flyway then runs that file outside a transaction).";
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    var concurrently = PostgresLocks.concurrently(statement);
    if (concurrently.isEmpty()) {
      return;
    }
    String what = statement.text(0, statement.indexOf(concurrently.get().text()) + 1);
    if (context.openTransaction().isPresent()) {
      Token begin = context.openTransaction().get();
      findings.add(
          statement.get(0),
          what
              + " runs inside the transaction opened by BEGIN at line "
              + begin.line()
              + ": PostgreSQL refuses it.");
    } else if (!PostgresLocks.flywayRunsOutsideTransaction(statement, context.postgresMajor())) {
      findings.add(
          statement.get(0),
          what
              + " is not one Flyway knows to run outside a transaction: it runs it in the"
              + " migration's transaction, and PostgreSQL refuses it.");
    } else {
      int others = transactionalStatements(context);
      if (others == 0) {
        return;
      }
      String shares =
          what
              + " shares its migration with "
              + others
              + " statement"
              + (others == 1 ? "" : "s")
              + " that would run in a transaction: ";
      if (context.flywayMixed()) {
        // the project set mixed=true to allow exactly this: say what it costs, ask no approval
        findings.addNotice(
            statement.get(0),
            shares
                + "with mixed=true Flyway runs the whole migration without one, so a failure"
                + " halfway leaves the statements before it applied and the migration to repair.");
      } else {
        findings.add(
            statement.get(0),
            shares + "Flyway refuses to mix them (mixed=false, its default) and the deploy fails.");
      }
    }
  }

  /** The statements of the script Flyway would run in a transaction. */
  private static int transactionalStatements(ScanContext context) {
    if (context.script().isEmpty()) {
      return 0;
    }
    TokenizedSql script = context.script().get();
    long outside =
        script.statements().stream()
            .filter(s -> PostgresLocks.flywayRunsOutsideTransaction(s, context.postgresMajor()))
            .count();
    return (int) (script.statementCount() - outside);
  }
}
