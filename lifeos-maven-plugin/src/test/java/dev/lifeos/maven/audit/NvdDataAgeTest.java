package dev.lifeos.maven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NvdDataAgeTest {
  @TempDir Path dir;

  /** The head of a report as Dependency-Check 13.0.0 writes it, offline from a mirror. */
  private static final String REPORT =
      """
      {
        "reportSchema": "1.1",
        "scanInfo": {
          "engineVersion": "13.0.0",
          "dataSource": [
            {"name": "NVD API Last Checked", "timestamp": "2026-12-02T00:21:47Z"},
            {"name": "NVD API Last Modified", "timestamp": "2026-11-20T00:00:00Z"},
            {"name": "NVD Cache Last Checked", "timestamp": "2026-12-02T00:21:47Z"},
            {"name": "NVD Cache Last Modified", "timestamp": "2026-11-20T00:00:00Z"}
          ]
        },
        "projectInfo": {"name": "ledger", "reportDate": "2026-12-02T00:22:19.517654330Z"},
        "dependencies": [%s]
      }
      """;

  private Path report(String text) throws Exception {
    return Files.writeString(dir.resolve("dependency-check-report.json"), text);
  }

  @Test
  void readsWhenTheDataWasLastModifiedAndChecked() throws Exception {
    NvdDataAge age = NvdDataAge.read(report(REPORT.formatted("")));

    assertThat(age.lastModified()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
    assertThat(age.lastChecked()).contains(Instant.parse("2026-12-02T00:21:47Z"));
  }

  @Test
  void measuresTheAgeFromTheLastModification() throws Exception {
    NvdDataAge age = NvdDataAge.read(report(REPORT.formatted("")));

    assertThat(age.age(Instant.parse("2026-12-02T06:00:00Z")))
        .isEqualTo(Duration.ofDays(12).plusHours(6));
  }

  @Test
  void dataFromTheFutureIsNoOlderThanZero() {
    NvdDataAge age = new NvdDataAge(Instant.parse("2026-12-03T00:00:00Z"), Optional.empty());

    assertThat(age.age(Instant.parse("2026-12-02T00:00:00Z"))).isZero();
  }

  @Test
  void fallsBackToTheCacheTimestampWhenTheApiOneIsMissing() throws Exception {
    NvdDataAge age =
        NvdDataAge.read(
            report(
                """
                {"scanInfo": {"dataSource": [
                  {"name": "NVD Cache Last Modified", "timestamp": "2026-11-01T00:00:00Z"}]}}
                """));

    assertThat(age.lastModified()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(age.lastChecked()).isEmpty();
  }

  @Test
  void findsScanInfoAfterAnythingBeforeIt() throws Exception {
    String dependencies =
        "{\"fileName\": \"x.jar\", \"evidence\": [[1, 2], {\"a\": [3]}]},".repeat(5000);
    String text =
        "{\"dependencies\": ["
            + dependencies
            + "{}], \"scanInfo\": {\"dataSource\": [{\"name\": \"NVD API Last Modified\","
            + " \"timestamp\": \"2026-11-20T00:00:00Z\"}]}}";

    assertThat(NvdDataAge.read(report(text)).lastModified())
        .isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
  }

  @Test
  void aReportWithoutNvdDataSaysToUpdateTheDataDirectory() throws Exception {
    Path file = report("{\"scanInfo\": {\"engineVersion\": \"13.0.0\", \"dataSource\": []}}");

    assertThatThrownBy(() -> NvdDataAge.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("no \"NVD API Last Modified\" in scanInfo.dataSource")
        .hasMessageContaining("./mvnw -N dependency-check:update-only -Dlifeos.audit.skip=false");
  }

  @Test
  void aTimestampThatIsNoInstantIsAUserError() throws Exception {
    Path file =
        report(
            "{\"scanInfo\": {\"dataSource\": [{\"name\": \"NVD API Last Modified\","
                + " \"timestamp\": \"last Tuesday\"}]}}");

    assertThatThrownBy(() -> NvdDataAge.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining(
            "\"NVD API Last Modified\" is \"last Tuesday\", not an ISO-8601 instant");
  }

  @Test
  void brokenJsonNamesTheFileAndLine() throws Exception {
    Path file = report("{\n\"scanInfo\": {\"dataSource\": [\n}");

    assertThatThrownBy(() -> NvdDataAge.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining(file + " is not a Dependency-Check JSON report")
        .hasMessageContaining("(line 3)");
  }

  @Test
  void aJsonArrayIsNoReport() throws Exception {
    Path file = report("[]");

    assertThatThrownBy(() -> NvdDataAge.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("holds no JSON object");
  }

  @Test
  void deepNestingIsRefusedNotRecursedInto() throws Exception {
    Path file = report("{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");

    assertThatThrownBy(() -> NvdDataAge.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("is not a Dependency-Check JSON report");
  }

  @Test
  void aMissingReportSaysHowToGetOne() {
    Path file = dir.resolve("nothing.json");

    assertThatThrownBy(() -> NvdDataAge.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining(file + " is not a regular file")
        .hasMessageContaining("-Dlifeos.audit.dataAge.skip=true");
  }

  @Test
  void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("fifo.json");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "no mkfifo here");

    assertThatThrownBy(() -> NvdDataAge.read(fifo))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("is not a regular file");
  }
}
