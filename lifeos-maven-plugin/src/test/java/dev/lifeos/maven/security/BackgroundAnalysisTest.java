package dev.lifeos.maven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundAnalysisTest {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  private BackgroundAnalysis start(String... command) throws Exception {
    return BackgroundAnalysis.start(List.of(command), dir, dir.resolve("logs/analysis.log"));
  }

  @Test
  void aFinishedAnalysisSucceedsWithItsOutputInTheLog() throws Exception {
    try (BackgroundAnalysis analysis = start(JAVA, "-version")) {
      BackgroundAnalysis.Outcome outcome = analysis.await(Duration.ofMinutes(1));
      assertThat(outcome.succeeded()).isTrue();
      assertThat(outcome.tail()).isEmpty();
      assertThat(analysis.log()).content().contains("version");
    }
  }

  @Test
  void itRunsAtALowerPriorityThanTheBuild() throws Exception {
    Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux' /proc");
    try (BackgroundAnalysis analysis = start("sh", "-c", "cut -d' ' -f19 /proc/$$/stat")) {
      assertThat(analysis.await(Duration.ofMinutes(1)).succeeded()).isTrue();
      int build = Integer.parseInt(Files.readString(Path.of("/proc/self/stat")).split(" ")[18]);
      assertThat(Files.readString(analysis.log()).trim())
          .isEqualTo(Integer.toString(Math.min(19, build + BackgroundAnalysis.NICENESS)));
    }
  }

  @Test
  void aFailureCarriesTheEndOfTheLog() throws Exception {
    try (BackgroundAnalysis analysis = start(JAVA, "-Xmx1k", "-version")) {
      BackgroundAnalysis.Outcome outcome = analysis.await(Duration.ofMinutes(1));
      assertThat(outcome.finished()).isTrue();
      assertThat(outcome.exitCode()).isNotZero();
      assertThat(outcome.tail()).containsIgnoringCase("heap");
    }
  }

  @Test
  void theDeadlineCountsFromTheStartAndStopsTheAnalysis() throws Exception {
    try (BackgroundAnalysis analysis = start("sleep", "30")) {
      Thread.sleep(300);
      long before = System.nanoTime();
      BackgroundAnalysis.Outcome outcome = analysis.await(Duration.ofMillis(200));
      assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
      assertThat(outcome.finished()).isFalse();
      assertThat(outcome.succeeded()).isFalse();
      assertThat(analysis.running()).isFalse();
    }
  }

  @Test
  void closingStopsTheAnalysisAndWhatItStarted() throws Exception {
    BackgroundAnalysis analysis = start("sh", "-c", "sleep 30 & echo $! > child.pid; wait");
    Path pid = dir.resolve("child.pid");
    for (int i = 0; i < 100 && !Files.exists(pid); i++) {
      Thread.sleep(20);
    }
    Thread.sleep(50);
    long child = Long.parseLong(Files.readString(pid).trim());
    analysis.close();
    analysis.await(Duration.ofSeconds(10));
    assertThat(analysis.running()).isFalse();
    for (int i = 0;
        i < 100 && ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false);
        i++) {
      Thread.sleep(20);
    }
    assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }
}
