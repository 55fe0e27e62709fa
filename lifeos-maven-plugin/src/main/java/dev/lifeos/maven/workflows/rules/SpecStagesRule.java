package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Job;
import dev.lifeos.maven.workflows.Pipeline;
import dev.lifeos.maven.workflows.Stage;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A workflow that defines a LifeOS pipeline has a job for every stage of the spec's table for that
 * pipeline (section 1), named after the stage, with at most the spec's timeout; deploy stages run
 * in their GitHub environment (whose protection holds the manual approval and the secrets).
 */
public final class SpecStagesRule implements WorkflowRule {
  @Override
  public String id() {
    return "spec-stages";
  }

  @Override
  public String title() {
    return "The spec's stages";
  }

  @Override
  public String why() {
    return "A pipeline has a job for every stage of the spec's table, with at most the spec's timeout;"
        + " deploy stages run in their GitHub environment, whose protection holds the manual approval"
        + " and the secrets.";
  }

  @Override
  public String fix() {
    return "Add or rename the job, lower its timeout, or run it in its environment.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    List<Finding> found = new ArrayList<>();
    Optional<Pipeline> pipeline = workflow.pipeline();
    if (pipeline.isEmpty() || workflow.isCaller()) {
      return found;
    }
    for (Stage stage : pipeline.get().stages()) {
      Optional<Job> job =
          workflow.jobs().stream().filter(j -> j.id().equals(stage.job())).findFirst();
      if (job.isEmpty()) {
        found.add(
            workflow.finding(
                workflow.root().get("jobs").line(),
                this,
                "the "
                    + pipeline.get().id()
                    + " pipeline has no job '"
                    + stage.job()
                    + "' for the spec's stage "
                    + stage.specName()
                    + " ("
                    + stage.timeoutMinutes()
                    + " min): add it, or rename the job that runs the stage."));
        continue;
      }
      checkTimeout(workflow, job.get(), stage).ifPresent(found::add);
      stage
          .environment()
          .filter(environment -> !job.get().environment().equals(Optional.of(environment)))
          .ifPresent(
              environment ->
                  found.add(
                      workflow.finding(
                          job.get().line(),
                          this,
                          job.get().label()
                              + " deploys but does not run in the GitHub environment '"
                              + environment
                              + "', whose protection holds the approval and the secrets: add"
                              + " environment: "
                              + environment
                              + ".")));
    }
    return found;
  }

  private Optional<Finding> checkTimeout(Workflow workflow, Job job, Stage stage) {
    OptionalInt timeout = job.timeoutMinutes();
    if (timeout.isEmpty()) {
      return Optional.of(
          workflow.finding(
              job.line(),
              this,
              job.label()
                  + " runs the spec's stage "
                  + stage.specName()
                  + ": set timeout-minutes: "
                  + stage.timeoutMinutes()
                  + " (a number, as the spec gives it)."));
    }
    if (timeout.getAsInt() > stage.timeoutMinutes()) {
      return Optional.of(
          workflow.finding(
              job.node().get("timeout-minutes").line(),
              this,
              job.label()
                  + " has timeout-minutes: "
                  + timeout.getAsInt()
                  + ", but the spec gives stage "
                  + stage.specName()
                  + " "
                  + stage.timeoutMinutes()
                  + " min: lower it to "
                  + stage.timeoutMinutes()
                  + " or less."));
    }
    return Optional.empty();
  }
}
