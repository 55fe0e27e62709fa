package dev.lifeos.maven.workflows;

import java.util.List;
import java.util.Set;

/** Runs one rule over a workflow text with lifeos-parent's pipeline profiles. */
final class Check {
  static final WorkflowPolicy POLICY =
      WorkflowPolicy.of(Set.of("pr", "main", "release", "nightly"), List.of(), List.of());

  private Check() {}

  static List<Violation> rule(WorkflowRule rule, String name, String yaml) {
    return rule(rule, name, yaml, POLICY);
  }

  static List<Violation> rule(WorkflowRule rule, String name, String yaml, WorkflowPolicy policy) {
    try {
      return rule.check(Workflow.parse(name, new java.io.StringReader(yaml)), policy);
    } catch (WorkflowSyntaxException e) {
      throw new AssertionError(e);
    }
  }

  static List<Violation> rule(WorkflowRule rule, String yaml) {
    return rule(rule, "ci.yml", yaml);
  }
}
