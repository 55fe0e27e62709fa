package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.TraceRule;
import dev.lifeos.maven.migrations.trace.MigrationTrace;
import dev.lifeos.maven.migrations.trace.TracedLock;
import dev.lifeos.maven.migrations.trace.TracedStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Lock trace: a statement took ACCESS EXCLUSIVE on a table that existed before the migration and,
 * holding it, read or rewrote the whole table. An ACCESS EXCLUSIVE lock for a change of the catalog
 * only (a nullable column added, a varchar widened) is brief and not a finding.
 */
public final class AccessExclusiveLockRule implements TraceRule {
  @Override
  public String id() {
    return "access-exclusive-lock";
  }

  @Override
  public String title() {
    return "ACCESS EXCLUSIVE lock over a full table read (lock trace)";
  }

  @Override
  public String why() {
    return "The statement held an ACCESS EXCLUSIVE lock on the table while PostgreSQL read or"
        + " rewrote all of it (a scan to prove a constraint, a rewrite): every query of the"
        + " running release on that table, reads included, waits until the migration commits,"
        + " for a time that grows with the table.";
  }

  @Override
  public String fix() {
    return "Use the form that proves without the lock: ADD CONSTRAINT ... NOT VALID then VALIDATE"
        + " CONSTRAINT in a later migration (SET NOT NULL after a validated CHECK), CREATE INDEX"
        + " CONCURRENTLY then USING INDEX, or a new column backfilled in batches.";
  }

  @Override
  public List<Hit> check(MigrationTrace trace) {
    List<Hit> hits = new ArrayList<>();
    for (TracedStatement statement : trace.statements()) {
      for (TracedLock lock : statement.acquired()) {
        boolean fullRead =
            statement.scanned().contains(lock.relation())
                || statement.rewritten().contains(lock.relation());
        if (lock.accessExclusive() && !lock.index() && fullRead) {
          hits.add(
              new Hit(
                  statement,
                  statement.quoted()
                      + " took ACCESS EXCLUSIVE on "
                      + lock.relation()
                      + " and "
                      + (statement.rewritten().contains(lock.relation()) ? "rewrote" : "read")
                      + " the whole table; the lock was held "
                      + statement.heldMillis()
                      + " ms while the migration ran."));
        }
      }
    }
    return hits;
  }
}
