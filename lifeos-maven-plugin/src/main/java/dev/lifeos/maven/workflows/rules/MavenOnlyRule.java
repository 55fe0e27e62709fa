package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.MavenInvocation;
import dev.lifeos.maven.workflows.ShellCommand;
import dev.lifeos.maven.workflows.ShellScript;
import dev.lifeos.maven.workflows.Step;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every command of every {@code run:} step is a Maven call, or one of the allowed deployment
 * commands. A step may not hide a command where this cannot see it (command substitution,
 * here-documents, subshells), nor run its script with another interpreter ({@code shell: python}).
 */
public final class MavenOnlyRule implements WorkflowRule {
  private static final Set<String> SHELLS = Set.of("bash", "sh");

  @Override
  public String id() {
    return "maven-only";
  }

  @Override
  public String title() {
    return "Every check is a Maven call";
  }

  @Override
  public String why() {
    return "A check a workflow runs outside Maven is a gate no developer can run the same way on a"
        + " laptop; a command hidden in a substitution, a here-document, a subshell or another shell is"
        + " one this rule cannot see.";
  }

  @Override
  public String fix() {
    return "Call the check through Maven (a profile or a lifeos: goal), or allow the command with"
        + " lifeos.workflows.allowedCommands.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    for (Job job : workflow.jobs()) {
      for (Step step : job.steps()) {
        if (step.run().isEmpty()) {
          continue;
        }
        String where = job.label() + " " + step.label();
        step.shell()
            .map(shell -> shell.trim().split("\\s+")[0])
            .filter(shell -> !SHELLS.contains(shell))
            .ifPresent(
                shell ->
                    found.add(
                        workflow.finding(
                            step.node().get("shell").line(),
                            this,
                            where
                                + " runs its script with '"
                                + shell
                                + "': a step's script may only call Maven, in bash.")));
        for (ShellScript.Hidden hidden : step.hiddenCommands()) {
          found.add(
              workflow.finding(
                  hidden.line(),
                  this,
                  where
                      + " hides a command in a "
                      + hidden.construct()
                      + ": call ./mvnw directly, so every command can be checked and run"
                      + " locally."));
        }
        for (ShellCommand command : step.commands()) {
          String program = command.program().orElse("");
          if (program.isEmpty()
              || MavenInvocation.isMavenExecutable(program)
              || policy.allowsCommand(command.commandWords())) {
            continue;
          }
          found.add(
              workflow.finding(
                  command.line(),
                  this,
                  where
                      + " runs '"
                      + abbreviate(command.text())
                      + "', which is not a Maven call. Every check is ./mvnw with a profile or a"
                      + " lifeos: goal, so a developer runs it the same way; besides Maven a step"
                      + " may run only "
                      + policy.allowedCommands()
                      + " (more with -Dlifeos.workflows.allowedCommands)."));
        }
      }
    }
    return found;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
