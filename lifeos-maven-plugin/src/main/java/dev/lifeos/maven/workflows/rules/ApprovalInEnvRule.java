package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.migrations.run.ProductionApproval;
import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Step;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import dev.lifeos.maven.workflows.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The approval to migrate production is never set through an {@code env:} (of the workflow, a job
 * or a step) in a variable that puts arguments or JVM options into every Maven run ({@code
 * MAVEN_ARGS}, {@code MAVEN_OPTS}, {@code JAVA_TOOL_OPTIONS}, ...): every Maven call in its scope
 * would carry it, and run-migrations refuses it there ({@link ProductionApproval}). It belongs on
 * the command line of the one run it approves.
 */
public final class ApprovalInEnvRule implements WorkflowRule {
  @Override
  public String id() {
    return "approval-in-env";
  }

  @Override
  public String title() {
    return "Production approval not in env";
  }

  @Override
  public String why() {
    return "An approval in an env: variable that feeds every Maven run (MAVEN_ARGS, MAVEN_OPTS,"
        + " JAVA_TOOL_OPTIONS, ...) would approve every Maven call in its scope; run-migrations refuses"
        + " it there.";
  }

  @Override
  public String fix() {
    return "Put -Dlifeos.migrations.productionApproved=true on the command line of the one run it"
        + " approves.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    check(workflow, "the workflow", workflow.root().get("env"), found);
    for (Job job : workflow.jobs()) {
      check(workflow, job.label(), job.node().get("env"), found);
      for (Step step : job.steps()) {
        check(workflow, job.label() + " " + step.label(), step.node().get("env"), found);
      }
    }
    return found;
  }

  private void check(Workflow workflow, String where, YamlNode env, List<Finding> found) {
    for (Map.Entry<String, YamlNode> variable : env.entries().entrySet()) {
      if (ProductionApproval.EVERY_RUN_VARIABLES.contains(variable.getKey())
          && variable.getValue().text().orElse("").contains(ProductionApproval.PROPERTY)) {
        found.add(
            workflow.finding(
                variable.getValue().line(),
                this,
                where
                    + " sets "
                    + ProductionApproval.PROPERTY
                    + " in "
                    + variable.getKey()
                    + ", which every Maven run in its scope gets: run-migrations refuses an approval"
                    + " from there. Put -D"
                    + ProductionApproval.PROPERTY
                    + "=true on the ./mvnw lifeos:run-migrations command line of the job that waits"
                    + " for the production environment's reviewers."));
      }
    }
  }
}
