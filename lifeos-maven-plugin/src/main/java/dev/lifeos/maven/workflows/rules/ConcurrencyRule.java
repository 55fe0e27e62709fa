package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Pipeline;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import dev.lifeos.maven.workflows.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs that nobody waits for any more are cancelled, deployments never are. A pull request's
 * pipeline cancels the run in progress when a new commit arrives (spec appendix A); a workflow that
 * deploys (main, release, or any job with an environment) must not, or a push would stop a rollout
 * half-way.
 */
public final class ConcurrencyRule implements WorkflowRule {
  @Override
  public String id() {
    return "concurrency";
  }

  @Override
  public String title() {
    return "Concurrency";
  }

  @Override
  public String why() {
    return "A pull request's pipeline cancels the run that a new commit made stale; a workflow that"
        + " deploys must not, or a push would stop a rollout half-way.";
  }

  @Override
  public String fix() {
    return "Set cancel-in-progress: true for pull requests, false where anything deploys.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    YamlNode concurrency = workflow.root().get("concurrency");
    Optional<Pipeline> pipeline = workflow.pipeline();
    boolean deploys =
        pipeline.filter(p -> p == Pipeline.MAIN || p == Pipeline.RELEASE).isPresent()
            || workflow.jobs().stream().anyMatch(job -> job.environment().isPresent());

    if (pipeline.equals(Optional.of(Pipeline.PR))
        && !workflow.isReusableOnly()
        && !cancels(concurrency)) {
      found.add(
          workflow.finding(
              concurrency.isPresent() ? concurrency.line() : 1,
              this,
              "a new push to a pull request must cancel the run in progress (spec appendix A):"
                  + " add concurrency: {group: '${{ github.workflow }}-${{ github.ref }}',"
                  + " cancel-in-progress: true}."));
    }
    if (deploys && cancels(concurrency)) {
      found.add(
          workflow.finding(
              concurrency.get("cancel-in-progress").line(),
              this,
              "this workflow deploys: cancel-in-progress: true would stop a rollout half-way when"
                  + " the next push arrives. Queue runs instead (cancel-in-progress: false)."));
    }
    for (Job job : workflow.jobs()) {
      YamlNode jobConcurrency = job.node().get("concurrency");
      if (job.environment().isPresent() && cancels(jobConcurrency)) {
        found.add(
            workflow.finding(
                jobConcurrency.get("cancel-in-progress").line(),
                this,
                job.label()
                    + " deploys to '"
                    + job.environment().get()
                    + "': cancel-in-progress: true would stop it half-way; set it to false."));
      }
    }
    return found;
  }

  private static boolean cancels(YamlNode concurrency) {
    return concurrency
        .get("cancel-in-progress")
        .text()
        .map(String::trim)
        .equals(Optional.of("true"));
  }
}
