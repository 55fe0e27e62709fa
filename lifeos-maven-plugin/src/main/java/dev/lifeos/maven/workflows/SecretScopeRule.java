package dev.lifeos.maven.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Secrets reach only the jobs that need them (spec 8.1). Deployment secrets ({@code DATABASE_URL},
 * {@code KUBE_CONFIG}, ...) are read only by jobs that run in a GitHub environment; registry
 * credentials ({@code REGISTRY_*}) only by the job that pushes the image. No secret sits in the
 * workflow's {@code env:} (every job would get it), and a caller passes secrets by name, not with
 * {@code secrets: inherit}. {@code GITHUB_TOKEN} is the runner's own and exempt.
 */
final class SecretScopeRule implements WorkflowRule {
  private static final String REGISTRY_PREFIX = "REGISTRY_";

  @Override
  public String id() {
    return "secret-scope";
  }

  @Override
  public List<Violation> check(Workflow workflow, WorkflowPolicy policy) {
    List<Violation> found = new ArrayList<>();
    for (YamlNode value : workflow.root().get("env").scalars()) {
      for (String secret : Expressions.secrets(value.text().orElse(""))) {
        found.add(
            workflow.violation(
                value.line(),
                id(),
                "the workflow's env reads secret "
                    + secret
                    + ", which hands it to every job: move it to the one job or step that needs"
                    + " it."));
      }
    }
    for (Job job : workflow.jobs()) {
      if (job.calledWorkflow().isPresent()) {
        checkCaller(workflow, job).ifPresent(found::add);
      } else {
        checkJob(workflow, job, found);
      }
    }
    return found;
  }

  private Optional<Violation> checkCaller(Workflow workflow, Job job) {
    YamlNode secrets = job.node().get("secrets");
    if (secrets.text().map(String::trim).equals(Optional.of("inherit"))) {
      return Optional.of(
          workflow.violation(
              secrets.line(),
              id(),
              job.label()
                  + " passes every secret of the repository (secrets: inherit): pass only those"
                  + " the called workflow declares, by name."));
    }
    return Optional.empty();
  }

  private void checkJob(Workflow workflow, Job job, List<Violation> found) {
    boolean pushes =
        job.mavenInvocations().stream()
            .anyMatch(maven -> maven.reachesPhase("deploy") || maven.runsGoal("jib:build"));
    Expressions.secretsBelow(job.node())
        .forEach(
            (secret, value) ->
                whyMisplaced(secret, pushes, job.environment().isPresent())
                    .ifPresent(
                        why ->
                            found.add(
                                workflow.violation(
                                    value.line(),
                                    id(),
                                    job.label() + " reads secret " + secret + why))));
  }

  /** Why a job may not read {@code secret}, or empty when it may. */
  private static Optional<String> whyMisplaced(
      String secret, boolean jobPushes, boolean jobHasEnvironment) {
    if (secret.startsWith(REGISTRY_PREFIX)) {
      return jobPushes
          ? Optional.empty()
          : Optional.of(
              " but pushes no image: registry credentials belong only to the job that pushes"
                  + " (spec 8.1).");
    }
    return jobHasEnvironment
        ? Optional.empty()
        : Optional.of(
            " but runs in no GitHub environment: deployment secrets are environment secrets, read"
                + " only by the jobs that deploy there (spec 8.1). Add environment: staging or"
                + " production to the job, or drop the secret.");
  }
}
