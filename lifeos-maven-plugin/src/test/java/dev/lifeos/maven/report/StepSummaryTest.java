package dev.lifeos.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummaryTest {
  @TempDir Path dir;

  @Test
  void appendsSectionsSeparatedByABlankLine() throws Exception {
    Path file = dir.resolve("summary.md");
    StepSummary summary = StepSummary.from(Map.of(StepSummary.VARIABLE, file.toString()));

    summary.append("## one");
    summary.append("## two\n");

    assertThat(Files.readString(file)).isEqualTo("## one\n\n## two\n\n");
  }

  @Test
  void writesNothingOutsideGitHubActions() throws Exception {
    StepSummary.from(Map.of()).append("## ignored");
    StepSummary.from(Map.of(StepSummary.VARIABLE, " ")).append("## ignored");

    assertThat(Path.of(" ")).doesNotExist();
  }
}
