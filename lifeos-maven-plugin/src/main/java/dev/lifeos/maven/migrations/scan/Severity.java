package dev.lifeos.maven.migrations.scan;

/** How a finding weighs on the build. */
public enum Severity {
  /**
   * The migration is broken in a way Flyway would not notice (statements that never run): the build
   * fails and run-migrations refuses it, whatever the approvals say.
   */
  ERROR,
  /** A dangerous operation: it needs the DB team's approval. */
  DANGER,
  /** Worth knowing, never blocks and needs no approval. */
  NOTICE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
