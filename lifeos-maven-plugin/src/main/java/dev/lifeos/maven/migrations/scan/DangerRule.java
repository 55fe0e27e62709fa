package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.rules.Rule;
import dev.lifeos.maven.rules.Severity;

/**
 * A dangerous-operation rule: its id is also used in approvals and {@code disabledRules}, {@link
 * #why()} says why the operation is dangerous on a live database and {@link #fix()} is the safer
 * alternative. The check itself is in {@link SqlRule}, {@link JavaRule} or, for what the lock trace
 * saw PostgreSQL do, {@link TraceRule}.
 */
public sealed interface DangerRule extends Rule permits SqlRule, JavaRule, TraceRule {
  /** Rules about one database's locking (e.g. PostgreSQL) say which; the rest apply to all. */
  default boolean appliesTo(Dialect dialect) {
    return true;
  }

  /** Dangerous operations need approval; a few rules report errors or notices instead. */
  @Override
  default Severity severity() {
    return Severity.DANGER;
  }
}
