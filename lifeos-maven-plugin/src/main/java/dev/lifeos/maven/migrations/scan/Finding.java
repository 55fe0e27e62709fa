package dev.lifeos.maven.migrations.scan;

import java.nio.file.Path;

/**
 * A dangerous operation found in a migration.
 *
 * @param rule the rule that found it
 * @param file the migration
 * @param line 1-based
 * @param column 1-based
 * @param message what the statement does, naming table and column
 */
public record Finding(Rule rule, Path file, int line, int column, String message) {
  public Severity severity() {
    return rule.severity();
  }

  /** A dangerous operation, which the DB team must approve. */
  public boolean needsApproval() {
    return rule.severity() == Severity.DANGER;
  }
}
