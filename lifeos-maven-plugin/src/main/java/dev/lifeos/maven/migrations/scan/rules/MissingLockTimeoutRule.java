package dev.lifeos.maven.migrations.scan.rules;

import dev.lifeos.maven.migrations.scan.Findings;
import dev.lifeos.maven.migrations.scan.PostgresLocks;
import dev.lifeos.maven.migrations.scan.PostgresRule;
import dev.lifeos.maven.migrations.scan.ScanContext;
import dev.lifeos.maven.migrations.scan.SqlStatement;
import dev.lifeos.maven.rules.Severity;
import java.util.Set;

/**
 * PostgreSQL: the first statement of a migration that takes an ACCESS EXCLUSIVE lock on an existing
 * table or index ({@link PostgresLocks#accessExclusive}) with no {@code SET lock_timeout} before
 * it. A notice: where the timeout belongs (the migration, or the runner's session) is the team's
 * call, and H2 cannot run {@code SET lock_timeout}.
 */
public final class MissingLockTimeoutRule implements PostgresRule {
  @Override
  public String id() {
    return "missing-lock-timeout";
  }

  @Override
  public Set<String> verbs() {
    return Set.of(
        "ALTER",
        "DROP",
        "TRUNCATE",
        "LOCK",
        "REFRESH",
        "REINDEX",
        "CLUSTER",
        "VACUUM",
        "SET",
        "RESET",
        "SELECT");
  }

  @Override
  public String title() {
    return "ACCESS EXCLUSIVE lock without lock_timeout";
  }

  @Override
  public String why() {
    return "A statement that needs an ACCESS EXCLUSIVE lock waits behind every transaction that"
        + " touches the table, however long it runs; while it waits, every new query on the table"
        + " queues behind it. Without a lock_timeout, one slow report query turns a millisecond"
        + " ALTER TABLE into an outage of the table.";
  }

  @Override
  public String fix() {
    return "Start the migration with SET lock_timeout = '5s' (and retry the deploy if it times"
        + " out), or give the session that runs migrations a lock_timeout.";
  }

  @Override
  public Severity severity() {
    return Severity.NOTICE;
  }

  @Override
  public void check(SqlStatement statement, ScanContext context, Findings findings) {
    if (context.lockTimeoutSet()) {
      return;
    }
    PostgresLocks.accessExclusive(statement, context)
        .filter(lock -> context.firstTime(this))
        .ifPresent(
            lock ->
                findings.add(
                    statement.get(0),
                    lock
                        + " takes an ACCESS EXCLUSIVE lock with no lock_timeout set before it: it"
                        + " may wait behind a long query while every other query waits behind"
                        + " it."));
  }
}
