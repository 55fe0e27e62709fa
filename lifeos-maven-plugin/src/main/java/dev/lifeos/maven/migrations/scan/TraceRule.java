package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.migrations.trace.MigrationTrace;
import dev.lifeos.maven.migrations.trace.TracedStatement;
import java.util.List;

/**
 * A rule over what the lock trace saw PostgreSQL do while a migration ran (its locks, rewrites and
 * full reads of relations that existed before it), rather than over the migration's text. It runs
 * only when check-migrations applies to PostgreSQL with the trace on.
 */
public non-sealed interface TraceRule extends DangerRule {
  /** A statement the rule flags, and what it did. */
  record Hit(TracedStatement statement, String message) {}

  /** What is dangerous in {@code trace}, statement by statement. */
  List<Hit> check(MigrationTrace trace);

  @Override
  default boolean appliesTo(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL;
  }
}
