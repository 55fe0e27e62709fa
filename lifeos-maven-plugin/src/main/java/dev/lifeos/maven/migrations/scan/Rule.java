package dev.lifeos.maven.migrations.scan;

/**
 * A dangerous-operation rule, as maven-enforcer has rules: an id (used in reports, approvals and
 * {@code disabledRules}), a title, a doc paragraph saying why it is dangerous, and a one-line safer
 * alternative. The check itself is in {@link SqlRule}, {@link JavaRule} or, for what the lock trace
 * saw PostgreSQL do, {@link TraceRule}.
 */
public sealed interface Rule permits SqlRule, JavaRule, TraceRule {
  String id();

  String title();

  /** Why the operation is dangerous on a live database: one paragraph, for docs and SARIF help. */
  String description();

  /** What to do instead, in one line. */
  String saferAlternative();

  /** Rules about one database's locking (e.g. PostgreSQL) say which; the rest apply to all. */
  default boolean appliesTo(Dialect dialect) {
    return true;
  }

  /** Dangerous operations need approval; a few rules report errors or notices instead. */
  default Severity severity() {
    return Severity.DANGER;
  }
}
