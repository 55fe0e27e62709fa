package dev.lifeos.maven.report;

import java.io.IOException;
import java.util.Map;

/**
 * The GitHub Actions job summary: Markdown appended to the file named by {@code
 * $GITHUB_STEP_SUMMARY}. Outside Actions the variable is unset and nothing is written.
 */
public final class StepSummary {
  public static final String VARIABLE = "GITHUB_STEP_SUMMARY";

  private final ActionsFile file;

  private StepSummary(ActionsFile file) {
    this.file = file;
  }

  public static StepSummary from(Map<String, String> environment) {
    return new StepSummary(new ActionsFile(environment, VARIABLE));
  }

  /** Appends one section; a blank line keeps sections from different goals apart. */
  public void append(String markdown) throws IOException {
    file.append(markdown.endsWith("\n") ? markdown + "\n" : markdown + "\n\n");
  }
}
