package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Pipeline;
import dev.lifeos.maven.workflows.Step;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps use only actions that move code, tools and reports around (checkout, setup-java, cache,
 * artifacts, SARIF upload, a Kubernetes context); a job calls only a LifeOS pipeline workflow. An
 * action that checks something (a linter action, CodeQL analyze) would be a gate no developer can
 * run with Maven.
 */
public final class AllowedActionsRule implements WorkflowRule {
  @Override
  public String id() {
    return "allowed-actions";
  }

  @Override
  public String title() {
    return "Only allowed actions";
  }

  @Override
  public String why() {
    return "An action that checks something (a linter action, CodeQL analyze) is a gate no developer can"
        + " run with Maven; a job calls no reusable workflow but a LifeOS pipeline.";
  }

  @Override
  public String fix() {
    return "Move the check into Maven, or allow the action with lifeos.workflows.allowedActions.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      job.calledWorkflow()
          .filter(uses -> Pipeline.ofWorkflowFile(uses).isEmpty())
          .filter(uses -> !policy.allowsAction(withoutRef(uses)))
          .ifPresent(
              uses ->
                  found.add(
                      workflow.finding(
                          job.node().get("uses").line(),
                          this,
                          job.label()
                              + " calls workflow '"
                              + uses
                              + "', which is not a LifeOS pipeline (lifeos-pr.yml, lifeos-main.yml,"
                              + " lifeos-release.yml, lifeos-nightly.yml). Allow it with"
                              + " -Dlifeos.workflows.allowedActions="
                              + withoutRef(uses)
                              + " if it only calls Maven.")));
      for (Step step : job.steps()) {
        step.action()
            .filter(action -> !policy.allowsAction(action))
            .ifPresent(
                action ->
                    found.add(
                        workflow.finding(
                            step.node().get("uses").line(),
                            this,
                            job.label()
                                + " "
                                + step.label()
                                + " uses action '"
                                + action
                                + "', which is not allowed: actions may only fetch code, set up"
                                + " Java, cache, upload reports and set a Kubernetes context;"
                                + " checks belong in Maven. Allowed: "
                                + policy.allowedActions()
                                + " (more with -Dlifeos.workflows.allowedActions).")));
      }
    }
    return found;
  }

  private static String withoutRef(String uses) {
    return uses.contains("@") ? uses.substring(0, uses.indexOf('@')) : uses;
  }
}
