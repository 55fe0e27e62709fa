package dev.lifeos.maven.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * The GitHub Actions job summary: Markdown appended to the file named by {@code
 * $GITHUB_STEP_SUMMARY}. Outside Actions the variable is unset and nothing is written.
 */
public final class StepSummary {
  public static final String VARIABLE = "GITHUB_STEP_SUMMARY";

  private final Optional<Path> file;

  private StepSummary(Optional<Path> file) {
    this.file = file;
  }

  public static StepSummary from(Map<String, String> environment) {
    String value = environment.get(VARIABLE);
    return new StepSummary(
        value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value)));
  }

  /** Appends one section; a blank line keeps sections from different goals apart. */
  public void append(String markdown) throws IOException {
    if (file.isEmpty()) {
      return;
    }
    String section = markdown.endsWith("\n") ? markdown + "\n" : markdown + "\n\n";
    Files.writeString(
        file.get(),
        section,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
