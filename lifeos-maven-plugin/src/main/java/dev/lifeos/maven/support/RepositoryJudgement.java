package dev.lifeos.maven.support;

import java.util.List;
import java.util.Optional;

/**
 * When a gate that judges the repository rather than the code (the workflow check, the migration
 * check with its apply) runs: when the build was asked for it. A developer's {@code ./mvnw
 * spring-boot:run}, {@code test} or {@code compile} is not a request to audit the repository's CI
 * files or to apply its migrations to a fresh database; {@code verify}, a pipeline profile or the
 * goal by name are.
 */
public final class RepositoryJudgement {
  private RepositoryJudgement() {}

  /**
   * Why the gate does not run in this build, or empty when it does: it runs when called by name,
   * under a pipeline profile ({@code lifeos.pipeline} other than {@code local}), or when the build
   * asks for the gate's own phase or for {@code package} or a later phase.
   *
   * @param requestedTasks what Maven was asked to do ({@code [clean, verify]}, {@code
   *     [spring-boot:run]})
   * @param boundPhase the phase the gate's execution is bound to, null when called by name
   * @param pipeline the value of {@code lifeos.pipeline}
   * @param goal the goal, as the message names it ({@code lifeos:check-workflows})
   */
  public static Optional<String> whyNotNow(
      List<String> requestedTasks, String boundPhase, String pipeline, String goal) {
    if (boundPhase == null
        || (pipeline != null && !pipeline.isBlank() && !"local".equals(pipeline))) {
      return Optional.empty();
    }
    if (requestedTasks.contains(boundPhase) || Lifecycle.reaches(requestedTasks, "package")) {
      return Optional.empty();
    }
    return Optional.of(
        goal
            + " judges the repository, not the code: not run in a "
            + String.join(" ", requestedTasks)
            + " build. ./mvnw verify, a pipeline profile (-Ppr) or ./mvnw "
            + goal
            + " runs it.");
  }
}
