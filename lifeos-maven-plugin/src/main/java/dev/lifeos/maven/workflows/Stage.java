package dev.lifeos.maven.workflows;

import java.util.Optional;

/**
 * A stage of the specification's pipeline tables (section 1): the job that runs it, the spec's name
 * for it, its timeout, and the GitHub environment it deploys to, if any.
 */
public record Stage(String job, String specName, int timeoutMinutes, Optional<String> environment) {
  public static Stage of(String job, String specName, int timeoutMinutes) {
    return new Stage(job, specName, timeoutMinutes, Optional.empty());
  }

  public static Stage deploying(
      String job, String specName, int timeoutMinutes, String environment) {
    return new Stage(job, specName, timeoutMinutes, Optional.of(environment));
  }
}
