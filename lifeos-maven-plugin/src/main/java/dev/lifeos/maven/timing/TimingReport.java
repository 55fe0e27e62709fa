package dev.lifeos.maven.timing;

import static dev.lifeos.maven.report.Markdown.cell;
import static dev.lifeos.maven.report.Markdown.code;

import dev.lifeos.maven.support.DurationText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build-timing report: time per spec stage and every plugin execution, as JSON and Markdown.
 *
 * @param pipeline the pipeline profile ({@code pr}, {@code main}, ...) or {@code local}
 * @param threads Maven's {@code -T} degree of concurrency
 * @param wallMillis the build's wall time as recorded
 * @param succeeded whether the build passed
 * @param leftOut modules of the reactor this build did not build (in a pull request: those the
 *     change does not affect)
 */
public record TimingReport(
    String pipeline,
    int threads,
    long wallMillis,
    boolean succeeded,
    List<TimedExecution> executions,
    List<String> leftOut) {
  public TimingReport {
    executions = List.copyOf(executions);
    leftOut = List.copyOf(leftOut);
  }

  /** Stage -> summed time and count, in the spec's stage order, stages that ran only. */
  public Map<String, long[]> stages() {
    Map<String, long[]> stages = new LinkedHashMap<>();
    List<String> order = new ArrayList<>(StageRules.STAGE_ORDER);
    executions.stream()
        .map(TimedExecution::stage)
        .filter(s -> !order.contains(s))
        .distinct()
        .forEach(s -> order.add(order.size() - 1, s));
    for (String stage : order) {
      long millis = 0;
      long count = 0;
      for (TimedExecution execution : executions) {
        if (execution.stage().equals(stage)) {
          millis += execution.millis();
          count++;
        }
      }
      if (count > 0) {
        stages.put(stage, new long[] {millis, count});
      }
    }
    return stages;
  }

  public Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pipeline", pipeline);
    json.put("threads", threads);
    json.put("wallMillis", wallMillis);
    json.put("result", succeeded ? "SUCCESS" : "FAILURE");
    List<Map<String, Object>> stages = new ArrayList<>();
    stages()
        .forEach(
            (stage, totals) -> {
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("stage", stage);
              entry.put("millis", totals[0]);
              entry.put("executions", totals[1]);
              stages.add(entry);
            });
    json.put("stages", stages);
    json.put("modulesLeftOut", leftOut);
    List<Map<String, Object>> list = new ArrayList<>();
    for (TimedExecution timed : executions) {
      Execution e = timed.execution();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("module", e.module());
      entry.put("plugin", e.pluginGroupId() + ":" + e.pluginArtifactId());
      entry.put("version", e.pluginVersion());
      entry.put("goal", e.goal());
      entry.put("executionId", e.executionId());
      entry.put("phase", e.phase());
      entry.put("stage", timed.stage());
      entry.put("startMillis", timed.startMillis());
      entry.put("millis", timed.millis());
      entry.put("result", timed.succeeded() ? "SUCCESS" : "FAILURE");
      list.add(entry);
    }
    json.put("executions", list);
    return json;
  }

  public String markdown() {
    StringBuilder md =
        new StringBuilder("### Build timings: ")
            .append(pipeline)
            .append(", ")
            .append(DurationText.of(wallMillis))
            .append(succeeded ? "" : " (failed)")
            .append("\n\n| stage | time | executions |\n|---|---:|---:|\n");
    stages()
        .forEach(
            (stage, totals) ->
                md.append("| ")
                    .append(stage)
                    .append(" | ")
                    .append(DurationText.of(totals[0]))
                    .append(" | ")
                    .append(totals[1])
                    .append(" |\n"));
    if (threads > 1) {
      md.append("\nWith -T ")
          .append(threads)
          .append(" executions overlap: the stages add up to more than the wall time.\n");
    }
    if (!leftOut.isEmpty()) {
      md.append("\nNot built, unaffected by the change (")
          .append(leftOut.size())
          .append("): ")
          .append(String.join(", ", leftOut))
          .append(".\n");
    }
    md.append("\n<details><summary>Every execution (")
        .append(executions.size())
        .append(
            ")</summary>\n\n| start | time | module | execution | stage |\n|---:|---:|---|---|---|\n");
    for (TimedExecution timed : executions) {
      md.append("| ")
          .append(DurationText.of(timed.startMillis()))
          .append(" | ")
          .append(DurationText.of(timed.millis()))
          .append(" | ")
          .append(cell(timed.execution().module()))
          .append(" | ")
          .append(code(timed.execution().label()))
          .append(timed.succeeded() ? "" : " (failed)")
          .append(" | ")
          .append(timed.stage())
          .append(" |\n");
    }
    return md.append("\n</details>\n").toString();
  }
}
