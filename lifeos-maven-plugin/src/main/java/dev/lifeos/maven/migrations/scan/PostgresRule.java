package dev.lifeos.maven.migrations.scan;

/** A rule about PostgreSQL's locking: it applies only when the dialect is PostgreSQL. */
public interface PostgresRule extends SqlRule {
  @Override
  default boolean appliesTo(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL;
  }
}
