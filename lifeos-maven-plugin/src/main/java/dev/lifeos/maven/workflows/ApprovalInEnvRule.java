package dev.lifeos.maven.workflows;

import dev.lifeos.maven.migrations.run.ProductionApproval;
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
final class ApprovalInEnvRule implements WorkflowRule {
  @Override
  public String id() {
    return "approval-in-env";
  }

  @Override
  public List<Violation> check(Workflow workflow, WorkflowPolicy policy) {
    List<Violation> found = new ArrayList<>();
    check(workflow, "the workflow", workflow.root().get("env"), found);
    for (Job job : workflow.jobs()) {
      check(workflow, job.label(), job.node().get("env"), found);
      for (Step step : job.steps()) {
        check(workflow, job.label() + " " + step.label(), step.node().get("env"), found);
      }
    }
    return found;
  }

  private void check(Workflow workflow, String where, YamlNode env, List<Violation> found) {
    for (Map.Entry<String, YamlNode> variable : env.entries().entrySet()) {
      if (ProductionApproval.EVERY_RUN_VARIABLES.contains(variable.getKey())
          && variable.getValue().text().orElse("").contains(ProductionApproval.PROPERTY)) {
        found.add(
            workflow.violation(
                variable.getValue().line(),
                id(),
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
