package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.TraceRule;
import dev.lifeos.maven.migrations.trace.MigrationTrace;
import dev.lifeos.maven.migrations.trace.TracedLock;
import dev.lifeos.maven.migrations.trace.TracedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Lock trace: in one transaction, a statement took a lock that blocks writes (SHARE or stronger) on
 * a table that existed before the migration, and later statements of the same transaction changed
 * rows or read whole tables while it was held.
 */
public final class LockHeldAcrossStatementsRule implements TraceRule {
  @Override
  public String id() {
    return "lock-held-across-statements";
  }

  @Override
  public String title() {
    return "Lock held across later statements (lock trace)";
  }

  @Override
  public String why() {
    return "A lock is held until the transaction ends, not until the statement that took it ends."
        + " Flyway runs a migration in one transaction, so a lock taken early (an ALTER TABLE's"
        + " ACCESS EXCLUSIVE, a CREATE INDEX's SHARE) stays held while the later statements run: a"
        + " backfill after an ALTER TABLE keeps the table locked for the whole backfill.";
  }

  @Override
  public String fix() {
    return "Put the schema change and the data change in separate migrations (each commits on its"
        + " own), and backfill large tables in batches outside the lock.";
  }

  @Override
  public List<Hit> check(MigrationTrace trace) {
    List<Hit> hits = new ArrayList<>();
    List<TracedStatement> statements = trace.statements();
    for (TracedStatement statement : statements) {
      List<String> locked =
          statement.acquired().stream()
              .filter(TracedLock::blocksWrites)
              .filter(lock -> !lock.index())
              .map(lock -> lock.sqlMode() + " on " + lock.relation())
              .toList();
      if (locked.isEmpty() || !statement.inTransaction()) {
        continue;
      }
      List<TracedStatement> heavy =
          statements.subList(statement.index() + 1, statements.size()).stream()
              .filter(TracedStatement::doesRowWork)
              .toList();
      if (heavy.isEmpty()) {
        continue;
      }
      hits.add(
          new Hit(
              statement,
              statement.quoted()
                  + " took "
                  + String.join(", ", locked)
                  + ", held through "
                  + heavy.size()
                  + (heavy.size() == 1 ? " later statement (" : " later statements (")
                  + heavy.get(0).quoted()
                  + ", "
                  + heavy.stream().mapToLong(TracedStatement::millis).sum()
                  + " ms) until the migration committed, "
                  + statement.heldAfterMillis()
                  + " ms after it ended."));
    }
    return hits;
  }
}
