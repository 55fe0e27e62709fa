package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Pipeline;
import dev.lifeos.maven.workflows.Step;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import dev.lifeos.maven.workflows.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every action and reusable workflow of another repository is pinned to a full commit SHA. A tag or
 * branch is a pointer its owner, or whoever takes over the repository, can move to other code,
 * which then runs with the job's token and secrets (as happened to tj-actions/changed-files in
 * 2025). GitHub's own actions ({@code actions/*}) and the LifeOS pipelines may keep a version tag
 * while the policy allows first-party tags; a branch never passes. A local action ({@code ./...})
 * is the repository's own code; a {@code docker://} image is pinned by its {@code @sha256:} digest.
 */
public final class PinnedActionsRule implements WorkflowRule {
  private static final Pattern COMMIT_SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern VERSION_TAG = Pattern.compile("v?\\d+(\\.\\d+){0,2}");
  private static final Pattern IMAGE_DIGEST = Pattern.compile(".*@sha256:[0-9a-f]{64}");
  private static final String FIRST_PARTY_OWNER = "actions/";

  @Override
  public String id() {
    return "pinned-actions";
  }

  @Override
  public String title() {
    return "Actions pinned";
  }

  @Override
  public String why() {
    return "A tag or branch is a pointer its owner, or whoever takes over the repository, can move to"
        + " other code, which then runs with the job's token and secrets.";
  }

  @Override
  public String fix() {
    return "Pin the action to the full commit SHA of its release, with the tag as a comment.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      YamlNode called = job.node().get("uses");
      job.calledWorkflow()
          .flatMap(
              uses -> problem(uses, Pipeline.ofWorkflowFile(uses).isPresent(), policy, "workflow"))
          .ifPresent(
              why -> found.add(workflow.finding(called.line(), this, job.label() + " " + why)));
      for (Step step : job.steps()) {
        step.uses()
            .flatMap(
                uses ->
                    problem(
                        uses,
                        uses.toLowerCase(Locale.ROOT).startsWith(FIRST_PARTY_OWNER),
                        policy,
                        "action"))
            .ifPresent(
                why ->
                    found.add(
                        workflow.finding(
                            step.node().get("uses").line(),
                            this,
                            job.label() + " " + step.label() + " " + why)));
      }
    }
    return found;
  }

  /** What is wrong with {@code uses}, or empty when it is pinned well enough. */
  private static Optional<String> problem(
      String uses, boolean firstParty, WorkflowPolicy policy, String kind) {
    String trimmed = uses.trim();
    if (trimmed.startsWith("./")) {
      return Optional.empty();
    }
    if (trimmed.startsWith("docker://")) {
      return IMAGE_DIGEST.matcher(trimmed).matches()
          ? Optional.empty()
          : Optional.of(
              "uses image '"
                  + trimmed
                  + "' by a tag its publisher can move: pin its digest"
                  + " (docker://image@sha256:<digest>).");
    }
    int at = trimmed.indexOf('@');
    String name = at < 0 ? trimmed : trimmed.substring(0, at);
    String ref = at < 0 ? "" : trimmed.substring(at + 1);
    if (COMMIT_SHA.matcher(ref).matches()) {
      return Optional.empty();
    }
    boolean tagAllowed = firstParty && policy.allowFirstPartyTags();
    if (tagAllowed && VERSION_TAG.matcher(ref).matches()) {
      return Optional.empty();
    }
    String pointer = ref.isEmpty() ? "no ref at all" : "'" + ref + "'";
    String fix =
        tagAllowed
            ? "pin a release tag (vX.Y.Z) or the full 40-character commit SHA of one"
            : "pin the full 40-character commit SHA of the release, with its tag as a comment: "
                + name
                + "@<commit sha> # vX.Y.Z";
    String policyNote =
        firstParty
            ? (policy.allowFirstPartyTags()
                ? ""
                : " (first-party tags are switched off: lifeos.workflows.allowFirstPartyTags=false)")
            : " (only actions/* and the LifeOS pipelines may use a tag, while"
                + " lifeos.workflows.allowFirstPartyTags is true)";
    return Optional.of(
        "uses "
            + kind
            + " '"
            + name
            + "' at "
            + pointer
            + ", which its owner, or whoever takes over the repository, can move to other code"
            + " that then runs with this job's token and secrets: "
            + fix
            + policyNote
            + ".");
  }
}
