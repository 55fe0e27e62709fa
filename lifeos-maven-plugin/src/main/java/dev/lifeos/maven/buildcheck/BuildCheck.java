package dev.lifeos.maven.buildcheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the service's own build that would silently defeat a LifeOS gate: a second formatter
 * beside the lint gate, a test {@code argLine} that drops the coverage agent. A check whose gate is
 * switched off finds nothing.
 */
public final class BuildCheck {
  /** What the build's switches say about the gates the checks protect. */
  public record Gates(boolean lint, boolean coverage, boolean testsRun) {}

  /**
   * The findings: {@code failures} stop the build, {@code warnings} only speak (a test argLine in a
   * build that runs no test: {@code spring-boot:run}, {@code compile}).
   */
  public record Findings(List<String> failures, List<String> warnings) {
    public Findings {
      failures = List.copyOf(failures);
      warnings = List.copyOf(warnings);
    }
  }

  private BuildCheck() {}

  public static Findings check(List<BuildPlugin> plugins, Gates gates) {
    List<String> failures = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    if (gates.lint()) {
      failures.addAll(CompetingFormatters.find(plugins));
    }
    if (gates.coverage()) {
      (gates.testsRun() ? failures : warnings).addAll(JacocoArgLine.find(plugins));
    }
    return new Findings(failures, warnings);
  }
}
