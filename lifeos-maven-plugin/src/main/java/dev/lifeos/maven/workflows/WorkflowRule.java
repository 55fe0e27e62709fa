package dev.lifeos.maven.workflows;

import java.util.List;

/**
 * One check over a workflow file. A rule is one class with an id (it appears in every finding, and
 * in docs/goals/check-workflows.md), and one test class with passing and failing cases.
 */
interface WorkflowRule {
  String id();

  List<Violation> check(Workflow workflow, WorkflowPolicy policy);
}
