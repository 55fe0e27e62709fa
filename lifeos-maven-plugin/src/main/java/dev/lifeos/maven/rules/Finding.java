package dev.lifeos.maven.rules;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing a rule found: which rule, where, what, how it weighs and what to do about it. The one
 * shape of the danger scan's findings, the failed checks of check-migrations and the workflow
 * rules' findings.
 *
 * @param rule the rule that found it
 * @param file the file (for a deleted migration: where it was)
 * @param line 1-based, or 0 when the whole file is meant
 * @param column 1-based, or 0 when the line is meant
 * @param message what is wrong, naming what it is about
 * @param severity the rule's, or lower where the project's configuration chose the risk
 * @param fix what to change: the rule's, or this finding's own
 */
public record Finding(
    Rule rule, Path file, int line, int column, String message, Severity severity, String fix) {
  /** File, line, column, rule id, message: the order of a report. */
  public static final Comparator<Finding> BY_LOCATION =
      Comparator.comparing((Finding f) -> f.file().toString())
          .thenComparingInt(Finding::line)
          .thenComparingInt(Finding::column)
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);

  /** A finding with its rule's severity and fix. */
  public Finding(Rule rule, Path file, int line, int column, String message) {
    this(rule, file, line, column, message, rule.severity(), rule.fix());
  }

  /** A finding on a whole line (0: the whole file) with a fix of its own. */
  public static Finding of(Rule rule, Path file, int line, String message, String fix) {
    return new Finding(rule, file, line, 0, message, rule.severity(), fix);
  }

  /** A finding on a whole file with a fix of its own. */
  public static Finding of(Rule rule, Path file, String message, String fix) {
    return of(rule, file, 0, message, fix);
  }

  /** This finding, weighing {@code other} on the build. */
  public Finding withSeverity(Severity other) {
    return new Finding(rule, file, line, column, message, other, fix);
  }

  /** A dangerous operation, which the DB team must approve. */
  public boolean needsApproval() {
    return severity == Severity.DANGER;
  }

  /** {@code lifeos-pr.yml:42: message [rule]}, the form editors and CI logs link. */
  @Override
  public String toString() {
    return file
        + ":"
        + line
        + (column > 0 ? ":" + column : "")
        + ": "
        + message
        + " ["
        + rule.id()
        + "]";
  }
}
