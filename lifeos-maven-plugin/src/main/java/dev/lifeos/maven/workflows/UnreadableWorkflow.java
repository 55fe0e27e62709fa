package dev.lifeos.maven.workflows;

import dev.lifeos.maven.rules.Rule;
import dev.lifeos.maven.rules.Severity;

/**
 * The finding of a workflow file the reader refuses ({@link WorkflowSyntaxException}): not a rule
 * that looks at a workflow, since there is none to look at, but a row of the goal's rule table all
 * the same.
 */
final class UnreadableWorkflow implements Rule {
  static final Rule RULE = new UnreadableWorkflow();

  private UnreadableWorkflow() {}

  @Override
  public String id() {
    return "yaml";
  }

  @Override
  public String title() {
    return "Readable workflow";
  }

  @Override
  public String why() {
    return "A file that is not valid YAML, not UTF-8, or breaks a limit of the reader cannot be"
        + " checked, and GitHub would not run it either.";
  }

  @Override
  public String fix() {
    return "Fix the syntax at the line given; split or flatten the file.";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }
}
