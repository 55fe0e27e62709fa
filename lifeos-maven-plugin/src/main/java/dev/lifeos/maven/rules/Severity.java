package dev.lifeos.maven.rules;

/** How a finding weighs on the build. */
public enum Severity {
  /**
   * Must be fixed, whatever the approvals say: a failed check, a workflow rule broken, a migration
   * broken in a way Flyway would not notice (statements that never run, which run-migrations also
   * refuses).
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
