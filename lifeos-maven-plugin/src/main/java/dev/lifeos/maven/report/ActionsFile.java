package dev.lifeos.maven.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;

/**
 * A file that GitHub Actions names in an environment variable for a step to append to ({@code
 * $GITHUB_STEP_SUMMARY}, {@code $GITHUB_OUTPUT}). Outside Actions the variable is unset and nothing
 * is written.
 */
final class ActionsFile {
  private final Optional<Path> file;

  ActionsFile(Map<String, String> environment, String variable) {
    String value = environment.get(variable);
    this.file = value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  void append(String text) throws IOException {
    if (file.isPresent()) {
      Files.writeString(
          file.get(),
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }
}
