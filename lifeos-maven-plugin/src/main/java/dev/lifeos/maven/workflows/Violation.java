package dev.lifeos.maven.workflows;

import java.util.Comparator;

/**
 * One thing wrong in a workflow: file, line, the rule that found it, and a message that says what
 * to change.
 */
public record Violation(String file, int line, String rule, String message)
    implements Comparable<Violation> {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::file)
          .thenComparingInt(Violation::line)
          .thenComparing(Violation::rule)
          .thenComparing(Violation::message);

  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }

  /** {@code lifeos-pr.yml:42: message [rule]}, the form editors and CI logs link. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + message + " [" + rule + "]";
  }
}
