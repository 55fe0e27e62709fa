package dev.lifeos.maven.support;

import java.util.List;
import java.util.Optional;

/**
 * A build that runs the application instead of building it: {@code ./mvnw spring-boot:run}. Maven
 * was asked for goals only (no phase of the default lifecycle, no lifeos goal) and no pipeline
 * profile is active. Such a goal may compile first (spring-boot:run forks the lifecycle up to
 * test-compile), but nobody asked for a verdict on the code: lint is not checked and the typecheck
 * reports its findings as warnings, as the repository's gates do not run at all ({@link
 * RepositoryJudgement}). {@code compile}, {@code test} and {@code verify} ask for phases, and every
 * gate of those phases judges them.
 */
public final class ApplicationRun {
  private ApplicationRun() {}

  /**
   * What a gate that judges the code does instead in this build, or empty when the build asked for
   * a verdict.
   *
   * @param requestedTasks what Maven was asked to do ({@code [spring-boot:run]}, {@code [verify]})
   * @param pipeline the value of {@code lifeos.pipeline} ({@code local} unless a pipeline profile
   *     is active)
   * @param instead what the gate does in such a build ("lint is not checked")
   */
  public static Optional<String> whyNotJudged(
      List<String> requestedTasks, String pipeline, String instead) {
    boolean pipelineProfile = pipeline != null && !pipeline.isBlank() && !"local".equals(pipeline);
    if (pipelineProfile
        || requestedTasks.isEmpty()
        || requestedTasks.stream().anyMatch(t -> Lifecycle.isPhase(t) || isLifeosGoal(t))) {
      return Optional.empty();
    }
    return Optional.of(
        "A "
            + String.join(" ", requestedTasks)
            + " build runs the application, it asks for no verdict on the code: "
            + instead
            + ". ./mvnw verify or a pipeline profile (-Ppr) judges it.");
  }

  private static boolean isLifeosGoal(String task) {
    return task.startsWith("lifeos:") || task.startsWith("dev.lifeos:lifeos-maven-plugin:");
  }
}
