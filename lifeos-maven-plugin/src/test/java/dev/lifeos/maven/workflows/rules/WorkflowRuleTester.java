package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import dev.lifeos.maven.workflows.WorkflowSyntaxException;
import java.util.List;
import java.util.Set;

/** Runs one rule over a workflow text with lifeos-parent's pipeline profiles. */
public final class WorkflowRuleTester {
  public static final WorkflowPolicy POLICY =
      WorkflowPolicy.of(Set.of("pr", "main", "release", "nightly"), List.of(), List.of());

  private WorkflowRuleTester() {}

  public static List<Finding> run(WorkflowRule rule, String name, String yaml) {
    return run(rule, name, yaml, POLICY);
  }

  public static List<Finding> run(
      WorkflowRule rule, String name, String yaml, WorkflowPolicy policy) {
    try {
      return rule.check(Workflow.parse(name, new java.io.StringReader(yaml)), policy);
    } catch (WorkflowSyntaxException e) {
      throw new AssertionError(e);
    }
  }

  public static List<Finding> run(WorkflowRule rule, String yaml) {
    return run(rule, "ci.yml", yaml);
  }
}
