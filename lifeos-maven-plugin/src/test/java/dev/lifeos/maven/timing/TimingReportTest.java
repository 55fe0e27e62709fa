package dev.lifeos.maven.timing;

import static dev.lifeos.maven.timing.StageRulesTest.execution;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimingReportTest {
  private final TimingReport report =
      new TimingReport(
          "pr",
          2,
          65_000,
          true,
          List.of(
              new TimedExecution(
                  execution("maven-surefire-plugin", "test"), "unit_tests", 0, 4000, true),
              new TimedExecution(execution("spotless-maven-plugin", "check"), "lint", 5, 900, true),
              new TimedExecution(
                  execution("maven-surefire-plugin", "test"), "unit_tests", 10, 2500, true),
              new TimedExecution(execution("exec-maven-plugin", "exec"), "custom", 20, 10, false)),
          List.of("billing", "reports"));

  @Test
  void sumsStagesInThePipelinesOrderWithUnknownStagesBeforeOther() {
    assertThat(report.stages().keySet()).containsExactly("lint", "unit_tests", "custom");
    assertThat(report.stages().get("unit_tests")).containsExactly(6500, 2);
  }

  @Test
  void jsonListsStagesAndEveryExecution() {
    Map<String, Object> json = report.json();

    assertThat(json).containsEntry("pipeline", "pr").containsEntry("threads", 2);
    assertThat(json).containsEntry("modulesLeftOut", List.of("billing", "reports"));
    assertThat((List<?>) json.get("executions")).hasSize(4);
    assertThat(json.get("stages").toString())
        .contains("stage=unit_tests, millis=6500, executions=2");
  }

  @Test
  void markdownHasTheStageTableAndEveryExecution() {
    String md = report.markdown();

    assertThat(md).startsWith("### Build timings: pr, 1 min 05 s\n");
    assertThat(md).contains("| unit_tests | 6.5 s | 2 |");
    assertThat(md).contains("With -T 2 executions overlap");
    assertThat(md).contains("Not built, unaffected by the change (2): billing, reports.");
    assertThat(md)
        .contains(
            "| 20 ms | 10 ms | m | `exec-maven-plugin:exec (default-exec)` (failed) | custom |");
  }
}
