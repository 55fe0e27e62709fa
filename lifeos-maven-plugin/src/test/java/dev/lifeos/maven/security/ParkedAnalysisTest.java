package dev.lifeos.maven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real JVM with {@link SpotBugsLauncher}, running {@link RecordingMain} instead of SpotBugs: it
 * waits for its command line, runs it when handed over, and is stopped when nobody does.
 */
@Timeout(120)
class ParkedAnalysisTest {
  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir Path dir;

  private List<String> jvm() {
    return List.of(JAVA, "-Xshare:auto", "-cp", System.getProperty("java.class.path"));
  }

  private ParkedAnalysis park() throws Exception {
    return ParkedAnalysis.start(
        jvm(),
        Path.of("target/classes").toAbsolutePath(),
        dir,
        dir.resolve("logs/spotbugs.log"),
        RecordingMain.class.getName());
  }

  @Test
  void theCommandLineHandedOverRunsAsTheJvmsMain() throws Exception {
    Path record = dir.resolve("arguments.txt");
    try (ParkedAnalysis parked = park()) {
      List<String> arguments = List.of(record.toString(), "-effort:max", "a path with spaces");
      assertThat(parked.fits(jvm(), arguments)).isTrue();

      BackgroundAnalysis analysis = parked.go(arguments);

      assertThat(analysis.await(Duration.ofMinutes(1)).succeeded()).isTrue();
      assertThat(Files.readAllLines(record))
          .containsExactly(record.toString(), "-effort:max", "a path with spaces");
    }
  }

  @Test
  void aMainThatFailsFailsTheAnalysisWithItsMessageInTheLog() throws Exception {
    try (ParkedAnalysis parked = park()) {
      BackgroundAnalysis.Outcome outcome =
          parked.go(List.of("--fail")).await(Duration.ofMinutes(1));

      assertThat(outcome.finished()).isTrue();
      assertThat(outcome.exitCode()).isNotZero();
      assertThat(outcome.tail()).contains("RecordingMain failed as asked");
    }
  }

  @Test
  void anotherJvmOrAnArgumentWithALineBreakDoesNotFit() throws Exception {
    try (ParkedAnalysis parked = park()) {
      assertThat(parked.fits(List.of(JAVA, "-Xmx1g", "-cp", "elsewhere"), List.of())).isFalse();
      assertThat(parked.fits(jvm(), List.of("two\nlines"))).isFalse();
    }
  }

  @Test
  void closedBeforeItsCommandLineItIsGone() throws Exception {
    ParkedAnalysis parked = park();
    parked.close();

    assertThat(parked.fits(jvm(), List.of())).isFalse();
  }
}
