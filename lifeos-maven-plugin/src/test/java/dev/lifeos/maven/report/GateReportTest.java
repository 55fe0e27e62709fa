package dev.lifeos.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateReportTest {
  @TempDir Path dir;

  @Test
  void writesEveryFileInOrderThenTheSummaryAndTheOutputs() throws Exception {
    Path summary = dir.resolve("summary");
    Path outputs = dir.resolve("outputs");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("image", "ledger:1");
    values.put("tags", "1,latest");

    List<Path> written =
        GateReport.in(dir.resolve("lifeos/gate"))
            .json("report.json", Map.of("passed", true))
            .text("TEST-x.xml", "<testsuite/>\n")
            .markdown("summary.md", "### Gate passed\n")
            .outputs(values)
            .write(
                Map.of(
                    StepSummary.VARIABLE,
                    summary.toString(),
                    GitHubOutput.VARIABLE,
                    outputs.toString()));

    Path folder = dir.resolve("lifeos/gate");
    assertThat(written)
        .containsExactly(
            folder.resolve("report.json"),
            folder.resolve("TEST-x.xml"),
            folder.resolve("summary.md"));
    assertThat(Files.readString(written.get(0))).isEqualTo("{\n  \"passed\" : true\n}");
    assertThat(Files.readString(written.get(1))).isEqualTo("<testsuite/>\n");
    assertThat(Files.readString(written.get(2))).isEqualTo("### Gate passed\n");
    assertThat(Files.readString(summary)).isEqualTo("### Gate passed\n\n");
    assertThat(Files.readString(outputs)).isEqualTo("image=ledger:1\ntags=1,latest\n");
  }

  @Test
  void aSummaryWithoutAFileWritesNoFileAndOutsideActionsNothingElse() throws Exception {
    List<Path> written = GateReport.in(dir).summary("### Image\n").write(Map.of());

    assertThat(written).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
