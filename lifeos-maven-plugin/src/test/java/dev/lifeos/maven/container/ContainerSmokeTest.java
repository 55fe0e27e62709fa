package dev.lifeos.maven.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.smoke.Endpoint;
import dev.lifeos.maven.smoke.SmokeCheck;
import dev.lifeos.maven.smoke.SmokeTest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The boot gate against real podman and a real image (skipped, saying why, without them). */
class ContainerSmokeTest {
  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();
  private ContainerEngine engine;

  @BeforeEach
  void engine() throws Exception {
    TestImages.requireService();
    engine =
        ContainerEngine.find("podman", System.getenv("PATH"), Duration.ofMinutes(2))
            .engine()
            .orElseThrow();
  }

  private SmokeTest.Settings checks(int attempts) {
    return new SmokeTest.Settings(
        URI.create("http://127.0.0.1/"),
        "/health",
        attempts,
        Duration.ofMillis(500),
        Duration.ofSeconds(5),
        64 * 1024,
        List.of(new Endpoint("/api/v1/ping", Optional.empty(), Optional.empty(), true)),
        Map.of());
  }

  private ContainerSmoke.Outcome boot(ImageSource image, String mode, int attempts)
      throws Exception {
    ContainerSmoke.Settings settings =
        new ContainerSmoke.Settings(
            image, OptionalInt.empty(), Map.of("MODE", mode), 20, false, dir);
    return new ContainerSmoke(engine, log::add).run(settings, checks(attempts));
  }

  private static ImageSource local() {
    return new ImageSource(Optional.empty(), Optional.of(TestImages.SERVICE), false);
  }

  @Test
  void healthyImageFromATarPassesOnALoopbackPortAndLeavesNothing() throws Exception {
    Path tar = TestImages.serviceTar(dir);

    ContainerSmoke.Outcome outcome =
        boot(new ImageSource(Optional.of(tar), Optional.empty(), false), "up", 60);

    assertThat(outcome.result().passed()).as(String.join("\n", log)).isTrue();
    assertThat(outcome.result().checks())
        .extracting(SmokeCheck::name)
        .containsExactly("GET /health", "GET /api/v1/ping");
    assertThat(outcome.result().url().getHost()).isEqualTo("127.0.0.1");
    assertThat(outcome.result().url().getPort()).isPositive().isNotEqualTo(8080);
    assertThat(outcome.logTail().isEmpty()).isTrue();
    assertThat(outcome.engine()).isEqualTo("podman");
    assertThat(log)
        .anyMatch(line -> line.startsWith("Loaded " + TestImages.SERVICE + " from " + tar));
    assertThat(TestImages.leftovers()).isEmpty();
    assertThat(dir.toFile().list()).containsExactly("jib-image.tar"); // the variables file is gone
  }

  @Test
  void serviceThatCrashesAtStartFailsAtOnceWithItsLastLogLines() throws Exception {
    ContainerSmoke.Outcome outcome = boot(local(), "crash", 60);

    assertThat(outcome.result().passed()).isFalse();
    SmokeCheck health = outcome.result().checks().get(0);
    assertThat(health.detail()).contains("the container exited with code 1");
    assertThat(health.attempts()).isLessThan(60); // the exit ended the wait, not the attempts
    // podman's k8s-file log may join a partly written line with the next piece of the other
    // stream ("...mode crashException in thread"): assert on pieces, not on whole lines
    assertThat(outcome.logTail().output())
        .first()
        .asString()
        .startsWith("tiny-service starting in mode crash");
    assertThat(outcome.logTail().errors())
        .anyMatch(
            line ->
                line.contains(
                    "java.lang.IllegalStateException: LEDGER_DB_URL is not set: cannot start"));
    assertThat(TestImages.leftovers()).isEmpty();
  }

  @Test
  void serviceThatNeverBecomesHealthyFailsAfterItsAttemptsWithItsLastLogLines() throws Exception {
    ContainerSmoke.Outcome outcome = boot(local(), "down", 4);

    assertThat(outcome.result().passed()).isFalse();
    SmokeCheck health = outcome.result().checks().get(0);
    assertThat(health.attempts()).isEqualTo(4);
    assertThat(health.detail()).contains("not healthy after 4 attempts").contains("HTTP 503");
    assertThat(outcome.logTail().output()).contains("health: DOWN (rates service unreachable)");
    assertThat(TestImages.leftovers()).isEmpty();
  }

  @Test
  void imageThatCannotBeFoundIsAUserErrorNamingIt() throws Exception {
    ImageSource missing =
        new ImageSource(Optional.empty(), Optional.of("localhost/lifeos-no-such-image:1"), false);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> boot(missing, "up", 1))
        .hasMessageContaining(
            "podman could not inspect the image localhost/lifeos-no-such-image:1");
    assertThat(TestImages.leftovers()).isEmpty();
  }
}
