package dev.lifeos.maven.support;

import java.util.List;

/** Maven's default lifecycle: which phases a build that was asked for some tasks runs. */
public final class Lifecycle {
  /** The default lifecycle's phases, in order. */
  static final List<String> PHASES =
      List.of(
          "validate",
          "initialize",
          "generate-sources",
          "process-sources",
          "generate-resources",
          "process-resources",
          "compile",
          "process-classes",
          "generate-test-sources",
          "process-test-sources",
          "generate-test-resources",
          "process-test-resources",
          "test-compile",
          "process-test-classes",
          "test",
          "prepare-package",
          "package",
          "pre-integration-test",
          "integration-test",
          "post-integration-test",
          "verify",
          "install",
          "deploy");

  private Lifecycle() {}

  /**
   * True when a build asked for {@code requestedTasks} ({@code [clean, verify]}, {@code
   * [spring-boot:run]}) runs {@code phase}: one of the tasks is that phase or a later one. A goal
   * called by name ({@code spring-boot:run}) runs no phase of its own.
   */
  public static boolean reaches(List<String> requestedTasks, String phase) {
    int wanted = PHASES.indexOf(phase);
    return requestedTasks.stream().mapToInt(PHASES::indexOf).anyMatch(index -> index >= wanted);
  }
}
