package dev.lifeos.maven.workflows;

import dev.lifeos.maven.rules.Finding;
import java.util.List;
import java.util.Set;

/** Runs one rule over a workflow text with lifeos-parent's pipeline profiles. */
final class WorkflowRuleTester {
  static final WorkflowPolicy POLICY =
      WorkflowPolicy.of(Set.of("pr", "main", "release", "nightly"), List.of(), List.of());

  private WorkflowRuleTester() {}

  static List<Finding> run(WorkflowRule rule, String name, String yaml) {
    return run(rule, name, yaml, POLICY);
  }

  static List<Finding> run(WorkflowRule rule, String name, String yaml, WorkflowPolicy policy) {
    try {
      return rule.check(Workflow.parse(name, new java.io.StringReader(yaml)), policy);
    } catch (WorkflowSyntaxException e) {
      throw new AssertionError(e);
    }
  }

  static List<Finding> run(WorkflowRule rule, String yaml) {
    return run(rule, "ci.yml", yaml);
  }
}
