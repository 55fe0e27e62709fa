package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Expressions;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Pipeline;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import dev.lifeos.maven.workflows.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * No job that runs for a pull request from a fork reads a secret. On {@code pull_request_target}
 * the run has the secrets while anyone can start it; on {@code pull_request} GitHub withholds them
 * from forks (the step then runs without its credential), unless a repository setting sends them to
 * the fork's code. A workflow runs for forks when one of those events (or a review of the pull
 * request) starts it, or when it is the LifeOS PR pipeline, which its callers start so. A job whose
 * {@code if:} requires the pull request to come from this repository ({@code
 * github.event.pull_request.head.repo.full_name == github.repository}, or {@code head.repo.fork ==
 * false}, joined to the rest only by {@code &&}) does not run for forks and may read them.
 */
public final class ForkSecretsRule implements WorkflowRule {
  private static final Set<String> FORK_EVENTS =
      Set.of(
          "pull_request",
          UntrustedCheckoutRule.EVENT,
          "pull_request_review",
          "pull_request_review_comment");

  private static final String HEAD_REPO = "github\\.event\\.pull_request\\.head\\.repo";
  private static final List<Pattern> SAME_REPOSITORY_GUARDS =
      List.of(
          Pattern.compile(HEAD_REPO + "\\.full_name\\s*==\\s*github\\.repository"),
          Pattern.compile("github\\.repository\\s*==\\s*" + HEAD_REPO + "\\.full_name"),
          Pattern.compile(HEAD_REPO + "\\.fork\\s*==\\s*false"),
          Pattern.compile("!\\s*" + HEAD_REPO + "\\.fork"));

  @Override
  public String id() {
    return "fork-secrets";
  }

  @Override
  public String title() {
    return "No secrets for forks";
  }

  @Override
  public String why() {
    return "A job that runs for a pull request from a fork and reads a secret hands the secret to the"
        + " fork's code (pull_request_target), or runs without it.";
  }

  @Override
  public String fix() {
    return "Read secrets in push, release or environment jobs, or guard the job with if:"
        + " github.event.pull_request.head.repo.full_name == github.repository.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    Optional<String> forkEvent = forkEvent(workflow);
    if (forkEvent.isEmpty()) {
      return found;
    }
    String why = why(forkEvent.get());
    Expressions.secretsBelow(workflow.root().get("env"))
        .forEach(
            (secret, value) ->
                found.add(
                    workflow.finding(
                        value.line(), this, "the workflow's env reads secret " + secret + why)));
    for (Job job : workflow.jobs()) {
      if (excludesForks(job)) {
        continue;
      }
      YamlNode secrets = job.node().get("secrets");
      if (secrets.text().map(String::trim).filter("inherit"::equals).isPresent()) {
        found.add(
            workflow.finding(
                secrets.line(), this, job.label() + " passes every secret (inherit)" + why));
      }
      Expressions.secretsBelow(job.node())
          .forEach(
              (secret, value) ->
                  found.add(
                      workflow.finding(
                          value.line(), this, job.label() + " reads secret " + secret + why)));
    }
    return found;
  }

  /** The event that makes the workflow run for forks, or empty when none does. */
  private static Optional<String> forkEvent(Workflow workflow) {
    Map<String, YamlNode> triggers = workflow.triggers();
    if (triggers.containsKey(UntrustedCheckoutRule.EVENT)) {
      return Optional.of(UntrustedCheckoutRule.EVENT);
    }
    Optional<String> event = triggers.keySet().stream().filter(FORK_EVENTS::contains).findFirst();
    if (event.isPresent()) {
      return event;
    }
    boolean prPipeline =
        workflow.isReusableOnly() && workflow.pipeline().equals(Optional.of(Pipeline.PR));
    return prPipeline
        ? Optional.of("pull_request, which starts the PR pipeline")
        : Optional.empty();
  }

  private static String why(String event) {
    String consequence =
        event.equals(UntrustedCheckoutRule.EVENT)
            ? ": that run has the repository's secrets, and anyone who opens a pull request"
                + " from a fork starts it."
            : ": GitHub gives a fork's run no secrets (the step runs without it), unless a"
                + " setting sends them to code anyone can propose.";
    return ", but the workflow runs for pull requests from forks ("
        + event
        + ")"
        + consequence
        + " Read secrets in the workflows of push, release or a GitHub environment, or guard"
        + " the job with if: github.event.pull_request.head.repo.full_name =="
        + " github.repository.";
  }

  /** True when the job's {@code if:} cannot be true for a pull request from a fork. */
  private static boolean excludesForks(Job job) {
    String condition =
        job.node().get("if").text().orElse("").replace("${{", "").replace("}}", "").trim();
    if (condition.isEmpty() || condition.contains("||")) {
      return false;
    }
    for (String term : condition.split("&&")) {
      String trimmed = term.trim();
      if (SAME_REPOSITORY_GUARDS.stream().anyMatch(guard -> guard.matcher(trimmed).matches())) {
        return true;
      }
    }
    return false;
  }
}
