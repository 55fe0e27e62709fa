package dev.lifeos.maven.report;

import java.io.IOException;
import java.util.Map;

/**
 * A step's outputs for later jobs ({@code steps.<id>.outputs.<name>}): {@code name=value} lines
 * appended to the file named by {@code $GITHUB_OUTPUT}. Outside Actions the variable is unset and
 * nothing is written.
 */
public final class GitHubOutput {
  public static final String VARIABLE = "GITHUB_OUTPUT";

  private final ActionsFile file;

  private GitHubOutput(ActionsFile file) {
    this.file = file;
  }

  public static GitHubOutput from(Map<String, String> environment) {
    return new GitHubOutput(new ActionsFile(environment, VARIABLE));
  }

  /** Appends one line per output, in the map's order. */
  public void set(Map<String, String> outputs) throws IOException {
    StringBuilder lines = new StringBuilder();
    outputs.forEach((name, value) -> lines.append(name).append('=').append(value).append('\n'));
    file.append(lines.toString());
  }
}
