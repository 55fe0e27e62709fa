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
 * @param severity the rule's, or lower where the project's Flyway configuration chose the risk
 */
public record Finding(
    Rule rule, Path file, int line, int column, String message, Severity severity) {
  public Finding(Rule rule, Path file, int line, int column, String message) {
    this(rule, file, line, column, message, rule.severity());
  }

  /** A dangerous operation, which the DB team must approve. */
  public boolean needsApproval() {
    return severity == Severity.DANGER;
  }
}
