package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Expressions;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import dev.lifeos.maven.workflows.YamlNode;
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
public final class SecretScopeRule implements WorkflowRule {
  private static final String REGISTRY_PREFIX = "REGISTRY_";

  @Override
  public String id() {
    return "secret-scope";
  }

  @Override
  public String title() {
    return "Secrets scoped to jobs";
  }

  @Override
  public String why() {
    return "Secrets reach only the jobs that need them (spec 8.1): a secret in the workflow's env: or"
        + " passed with secrets: inherit reaches every job.";
  }

  @Override
  public String fix() {
    return "Read the secret in the one job that needs it, and pass secrets by name.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    for (YamlNode value : workflow.root().get("env").scalars()) {
      for (String secret : Expressions.secrets(value.text().orElse(""))) {
        found.add(
            workflow.finding(
                value.line(),
                this,
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

  private Optional<Finding> checkCaller(Workflow workflow, Job job) {
    YamlNode secrets = job.node().get("secrets");
    if (secrets.text().map(String::trim).equals(Optional.of("inherit"))) {
      return Optional.of(
          workflow.finding(
              secrets.line(),
              this,
              job.label()
                  + " passes every secret of the repository (secrets: inherit): pass only those"
                  + " the called workflow declares, by name."));
    }
    return Optional.empty();
  }

  private void checkJob(Workflow workflow, Job job, List<Finding> found) {
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
                                workflow.finding(
                                    value.line(),
                                    this,
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
