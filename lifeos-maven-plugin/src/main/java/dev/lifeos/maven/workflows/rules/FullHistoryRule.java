package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.MavenInvocation;
import dev.lifeos.maven.workflows.Step;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A job whose Maven call compares the branch with its base (check-migrations, diff-coverage, the PR
 * pipeline's verify, validate-release) checks out the whole history ({@code fetch-depth: 0}).
 * actions/checkout fetches one commit by default; the goals would then find no base ref and skip
 * their branch checks, and the pipeline would pass without them.
 */
public final class FullHistoryRule implements WorkflowRule {
  private static final List<String> HISTORY_GOALS =
      List.of("check-migrations", "diff-coverage", "validate-release");

  @Override
  public String id() {
    return "full-history";
  }

  @Override
  public String title() {
    return "Full history for branch checks";
  }

  @Override
  public String why() {
    return "actions/checkout fetches one commit by default: the goals that compare the branch with its"
        + " base find no base ref, skip their checks, and the pipeline passes without them.";
  }

  @Override
  public String fix() {
    return "Check out with fetch-depth: 0.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      Optional<String> reason = historyReason(job);
      if (reason.isEmpty()) {
        continue;
      }
      for (Step step : job.steps()) {
        String depth = step.with("fetch-depth").orElse("1").trim();
        if (step.isCheckout() && !depth.equals("0")) {
          found.add(
              workflow.finding(
                  step.line(),
                  this,
                  job.label()
                      + " runs "
                      + reason.get()
                      + ", which compares with the base branch, but checks out one commit: set"
                      + " with.fetch-depth: 0 on actions/checkout, or the branch checks are"
                      + " skipped for lack of a base ref."));
        }
      }
    }
    return found;
  }

  private static Optional<String> historyReason(Job job) {
    for (MavenInvocation maven : job.mavenInvocations()) {
      for (String goal : HISTORY_GOALS) {
        if (maven.runsLifeosGoal(goal)) {
          return Optional.of("lifeos:" + goal);
        }
      }
      if (maven.activates("pr") && maven.reachesPhase("verify")) {
        return Optional.of("the pr pipeline's verify (diff coverage, ml tests by path)");
      }
    }
    return Optional.empty();
  }
}
