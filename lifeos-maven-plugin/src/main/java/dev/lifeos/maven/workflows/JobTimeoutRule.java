package dev.lifeos.maven.workflows;

import java.util.ArrayList;
import java.util.List;

/**
 * Every job that runs steps has {@code timeout-minutes}. Without one a hung job holds a runner for
 * GitHub's default of six hours. (A job that calls a reusable workflow cannot have one: the called
 * workflow's jobs carry theirs.)
 */
final class JobTimeoutRule implements WorkflowRule {
  @Override
  public String id() {
    return "job-timeout";
  }

  @Override
  public List<Violation> check(Workflow workflow, WorkflowPolicy policy) {
    List<Violation> found = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      if (job.calledWorkflow().isEmpty() && !job.hasTimeout()) {
        found.add(
            workflow.violation(
                job.line(),
                id(),
                job.label()
                    + " has no timeout-minutes: a hung job would hold a runner for 6 hours. Set"
                    + " the spec's timeout for its stage."));
      }
    }
    return found;
  }
}
