package dev.lifeos.maven.migrations.scan;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.rules.Severity;
import java.nio.file.Path;
import java.util.List;

/** Collects the findings of one rule on one migration, placing each at a token. */
public final class Findings {
  private final Path file;
  private final List<Finding> found;
  private DangerRule rule;

  Findings(Path file, List<Finding> found) {
    this.file = file;
    this.found = found;
  }

  Findings forRule(DangerRule current) {
    this.rule = current;
    return this;
  }

  public void add(Token at, String message) {
    found.add(new Finding(rule, file, at.line(), at.column(), message));
  }

  /** A finding that only informs: the project's configuration chose what the rule warns of. */
  public void addNotice(Token at, String message) {
    found.add(
        new Finding(rule, file, at.line(), at.column(), message).withSeverity(Severity.NOTICE));
  }

  public void add(int line, int column, String message) {
    found.add(new Finding(rule, file, line, column, message));
  }
}
