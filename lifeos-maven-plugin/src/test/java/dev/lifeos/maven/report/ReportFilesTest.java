package dev.lifeos.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path dir;

  record Sample(String name, int count) {}

  @Test
  void writesJsonIntoMissingDirectoriesAndLeavesNoTempFiles() throws Exception {
    Path file = dir.resolve("lifeos/x/report.json");

    ReportFiles.writeJson(file, new Sample("a", 2));

    assertThat(ReportFiles.JSON.readValue(file.toFile(), Map.class))
        .containsEntry("name", "a")
        .containsEntry("count", 2);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void replacesAnExistingReport() throws Exception {
    Path file = dir.resolve("summary.md");
    ReportFiles.writeText(file, "old");

    ReportFiles.writeText(file, "new");

    assertThat(Files.readString(file)).isEqualTo("new");
  }
}
