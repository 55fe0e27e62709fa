package dev.lifeos.maven.workflows;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.rules.Rule;
import dev.lifeos.maven.rules.Severity;
import java.util.List;

/**
 * One check over a workflow file. A rule is one class (its id appears in every finding, and in a
 * row of docs/goals/check-workflows.md), one line in {@link WorkflowChecker#RULES}, and one test
 * class with passing and failing cases. Its findings are errors: each message says what to change.
 */
public interface WorkflowRule extends Rule {
  List<Finding> check(Workflow workflow, WorkflowPolicy policy);

  @Override
  default Severity severity() {
    return Severity.ERROR;
  }
}
