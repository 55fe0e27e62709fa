package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.ShellCommand;
import dev.lifeos.maven.workflows.Step;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A workflow started by {@code pull_request_target} never checks out the pull request's code. That
 * event runs in the base repository's context, with its secrets and a token that can write, for a
 * pull request anyone can open from a fork; building the fork's code there (Maven runs its plugins
 * and tests) hands all of that to whoever wrote it. Found: actions/checkout with a {@code ref:} or
 * {@code repository:} of the pull request's head, and {@code git} or {@code gh pr checkout}
 * commands that fetch it.
 */
public final class UntrustedCheckoutRule implements WorkflowRule {
  static final String EVENT = "pull_request_target";

  /** What names the pull request's code: its head ref, SHA or repository, its merge ref. */
  private static final Pattern PULL_REQUEST_HEAD =
      Pattern.compile(
          "pull_request\\s*(?:\\.\\s*head\\b|\\[\\s*'head')|\\bhead_ref\\b|\\brefs/pull/"
              + "|\\bpull/[^/]+/(?:head|merge)\\b|merge_commit_sha",
          Pattern.CASE_INSENSITIVE);

  private static final String CONSEQUENCE =
      ", the pull request's own code, in a workflow started by pull_request_target: that run"
          + " has the repository's secrets and a token that can write, and building the code"
          + " (plugins, tests) hands them to whoever opened the pull request, from any fork."
          + " Build pull requests on pull_request, which runs without them; keep"
          + " pull_request_target for jobs that only label or comment, on the base branch's"
          + " code.";

  @Override
  public String id() {
    return "untrusted-checkout";
  }

  @Override
  public String title() {
    return "No pull request code on pull_request_target";
  }

  @Override
  public String why() {
    return "pull_request_target runs with the base repository's secrets and a token that can write, for"
        + " a pull request anyone can open: building its code there hands both to whoever wrote it.";
  }

  @Override
  public String fix() {
    return "Build pull requests on pull_request; keep pull_request_target for jobs that label or"
        + " comment.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    if (!workflow.triggers().containsKey(EVENT)) {
      return found;
    }
    for (Job job : workflow.jobs()) {
      for (Step step : job.steps()) {
        String where = job.label() + " " + step.label();
        if (step.isCheckout()) {
          for (String input : List.of("ref", "repository")) {
            step.with(input)
                .filter(value -> PULL_REQUEST_HEAD.matcher(value).find())
                .ifPresent(
                    value ->
                        found.add(
                            workflow.finding(
                                step.node().get("with").get(input).line(),
                                this,
                                where + " checks out " + input + " " + value + CONSEQUENCE)));
          }
        }
        for (ShellCommand command : step.commands()) {
          fetchesHead(command)
              .ifPresent(
                  what ->
                      found.add(
                          workflow.finding(
                              command.line(), this, where + " runs '" + what + "'" + CONSEQUENCE)));
        }
      }
    }
    return found;
  }

  private static Optional<String> fetchesHead(ShellCommand command) {
    List<String> words = command.commandWords();
    if (words.size() >= 3
        && words.get(0).equals("gh")
        && words.get(1).equals("pr")
        && words.get(2).equals("checkout")) {
      return Optional.of(command.text());
    }
    if (!words.isEmpty()
        && words.get(0).equals("git")
        && words.stream().anyMatch(word -> PULL_REQUEST_HEAD.matcher(word).find())) {
      return Optional.of(command.text());
    }
    return Optional.empty();
  }
}
