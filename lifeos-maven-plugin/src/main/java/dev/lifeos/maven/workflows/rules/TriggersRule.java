package dev.lifeos.maven.workflows.rules;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.Pipeline;
import dev.lifeos.maven.workflows.Workflow;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowRule;
import dev.lifeos.maven.workflows.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow that starts a LifeOS pipeline (a caller, or a copy of a pipeline) starts on the spec's
 * event: pull requests to main, develop and release/*; pushes to main and develop; tags v*.*.*; the
 * nightly schedule {@code 0 2 * * *}. Extra events (workflow_dispatch) are fine. A reusable
 * workflow ({@code on: workflow_call} only) is started by its callers, which this checks instead.
 */
public final class TriggersRule implements WorkflowRule {
  static final String NIGHTLY_CRON = "0 2 * * *";

  @Override
  public String id() {
    return "triggers";
  }

  @Override
  public String title() {
    return "The spec's triggers";
  }

  @Override
  public String why() {
    return "A pipeline that does not start on the spec's events (pull requests, pushes to main and"
        + " develop, tags v*.*.*, the nightly schedule) leaves changes unchecked.";
  }

  @Override
  public String fix() {
    return "Add the trigger.";
  }

  @Override
  public List<Finding> check(Workflow workflow, WorkflowPolicy policy) {
    Optional<Pipeline> pipeline = workflow.pipeline();
    if (pipeline.isEmpty() || workflow.isReusableOnly()) {
      return List.of();
    }
    List<Finding> found = new ArrayList<>();
    Map<String, YamlNode> triggers = workflow.triggers();
    switch (pipeline.get()) {
      case PR ->
          requireFilter(
              workflow,
              triggers,
              "pull_request",
              "branches",
              List.of("main", "develop", "release/*"),
              found);
      case MAIN ->
          requireFilter(workflow, triggers, "push", "branches", List.of("main", "develop"), found);
      case RELEASE -> requireFilter(workflow, triggers, "push", "tags", List.of("v*.*.*"), found);
      case NIGHTLY -> requireSchedule(workflow, triggers, found);
    }
    return found;
  }

  /**
   * The event is there and, when it filters by {@code key}, the filter lists every pattern. No
   * filter at all means every branch, which includes the spec's; but a release needs its tags.
   */
  private void requireFilter(
      Workflow workflow,
      Map<String, YamlNode> triggers,
      String event,
      String key,
      List<String> patterns,
      List<Finding> found) {
    String expected = "on." + event + "." + key + ": " + patterns;
    if (!triggers.containsKey(event)) {
      found.add(
          workflow.finding(
              onLine(workflow),
              this,
              "the "
                  + pipelineName(workflow)
                  + " pipeline must start on "
                  + triggerOf(workflow)
                  + " (spec section 1): add "
                  + expected
                  + "."));
      return;
    }
    YamlNode filter = triggers.get(event).get(key);
    if (!filter.isPresent() && key.equals("branches")) {
      return;
    }
    List<String> listed = filter.texts();
    for (String pattern : patterns) {
      if (!listed.contains(pattern)) {
        found.add(
            workflow.finding(
                filter.isPresent() ? filter.line() : triggers.get(event).line(),
                this,
                "on."
                    + event
                    + "."
                    + key
                    + " lacks '"
                    + pattern
                    + "': the "
                    + pipelineName(workflow)
                    + " pipeline starts on "
                    + triggerOf(workflow)
                    + " (spec section 1)."));
      }
    }
  }

  private void requireSchedule(
      Workflow workflow, Map<String, YamlNode> triggers, List<Finding> found) {
    YamlNode schedule = triggers.getOrDefault("schedule", YamlNode.MISSING);
    boolean nightly =
        schedule.items().stream()
            .anyMatch(
                item ->
                    item.get("cron").text().map(String::trim).equals(Optional.of(NIGHTLY_CRON)));
    if (!nightly) {
      found.add(
          workflow.finding(
              schedule.isPresent() ? schedule.line() : onLine(workflow),
              this,
              "the nightly pipeline must run at 2 AM UTC (spec section 1): add on.schedule:"
                  + " - cron: '"
                  + NIGHTLY_CRON
                  + "'."));
    }
  }

  private static int onLine(Workflow workflow) {
    int line = workflow.root().get("on").line();
    return line > 0 ? line : 1;
  }

  private static String pipelineName(Workflow workflow) {
    return workflow.pipeline().map(Pipeline::id).orElse("");
  }

  private static String triggerOf(Workflow workflow) {
    return workflow.pipeline().map(Pipeline::trigger).orElse("");
  }
}
