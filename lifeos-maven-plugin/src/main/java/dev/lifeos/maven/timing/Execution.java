package dev.lifeos.maven.timing;

/**
 * One plugin execution in one module: what the timing report lists, and how a start is matched to
 * its end.
 *
 * @param module the module's artifactId
 * @param phase the lifecycle phase it is bound to; empty for a goal called on the command line
 */
public record Execution(
    String module,
    String pluginGroupId,
    String pluginArtifactId,
    String pluginVersion,
    String goal,
    String executionId,
    String phase) {

  /** "spotless-maven-plugin:check (lifeos-lint)", as Maven's log names it. */
  public String label() {
    return pluginArtifactId + ":" + goal + " (" + executionId + ")";
  }
}
