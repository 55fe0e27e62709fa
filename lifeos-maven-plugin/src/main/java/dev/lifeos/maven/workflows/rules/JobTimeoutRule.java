package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Every job that runs steps has {@code timeout-minutes}. Without one a hung job holds a runner for
 * GitHub's default of six hours. (A job that calls a reusable workflow cannot have one: the called
 * workflow's jobs carry theirs.)
 */
public final class JobTimeoutRule implements WorkflowRule {
  @Override
  public String id() {
    return "job-timeout";
  }

  @Override
  public String title() {
    return "Job timeout";
  }

  @Override
  public String why() {
    return "Without timeout-minutes a hung job holds a runner for GitHub's default of six hours.";
  }

  @Override
  public String fix() {
    return "Set the spec's timeout for the job's stage.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      if (job.calledWorkflow().isEmpty() && !job.hasTimeout()) {
        found.add(
            workflow.finding(
                job.line(),
                this,
                job.label()
                    + " has no timeout-minutes: a hung job would hold a runner for 6 hours. Set"
                    + " the spec's timeout for its stage."));
      }
    }
    return found;
  }
}
