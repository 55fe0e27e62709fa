package dev.lifeos.maven.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.secrets.SecretMasker;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The smoke test against real HTTP servers on loopback; retry waits kept short by the settings. */
class SmokeTestTest {
  private static final Endpoint OPTIONAL_PING =
      new Endpoint("/api/v1/ping", Optional.empty(), Optional.empty(), false);
  private static final Endpoint REQUIRED_PING =
      new Endpoint("/api/v1/ping", Optional.empty(), Optional.empty(), true);

  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  private SmokeTest.Result run(URI url, int attempts, Duration timeout, Endpoint... endpoints)
      throws Exception {
    return run(url, attempts, timeout, Map.of(), endpoints);
  }

  private SmokeTest.Result run(
      URI url, int attempts, Duration timeout, Map<String, String> headers, Endpoint... endpoints)
      throws Exception {
    SmokeTest.Settings settings =
        new SmokeTest.Settings(
            url,
            "/health",
            attempts,
            Duration.ofMillis(20),
            timeout,
            64 * 1024,
            List.of(endpoints),
            headers);
    SmokeTest.validate(settings);
    return new SmokeTest(settings, log::add).run();
  }

  @Test
  void healthyServicePasses() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start()
            .on("/health", 200, "{\"status\":\"UP\"}")
            .on("/api/v1/ping", 200, "{\"pong\":true}")) {
      SmokeTest.Result result = run(server.url(), 3, Duration.ofSeconds(2), REQUIRED_PING);

      assertThat(result.passed()).isTrue();
      assertThat(result.checks())
          .extracting(SmokeCheck::name)
          .containsExactly("GET /health", "GET /api/v1/ping");
      assertThat(result.checks().get(0).attempts()).isEqualTo(1);
    }
  }

  @Test
  void aServiceThatIsGoneEndsTheWaitAtOnce() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start().on("/health", 503, "{\"status\":\"DOWN\"}")) {
      SmokeTest.Settings settings =
          new SmokeTest.Settings(
              server.url(),
              "/health",
              30,
              Duration.ofSeconds(5),
              Duration.ofSeconds(2),
              64 * 1024,
              List.of(),
              Map.of());

      SmokeTest.Result result =
          new SmokeTest(settings, log::add)
              .run(() -> Optional.of("the container exited with code 3"));

      assertThat(result.passed()).isFalse();
      assertThat(result.checks().get(0).attempts()).isEqualTo(1);
      assertThat(result.checks().get(0).detail())
          .startsWith("the container exited with code 3 after 1 attempt in ")
          .endsWith("; last: HTTP 503 {\"status\":\"DOWN\"}");
    }
  }

  @Test
  void unavailableForTheFirstTriesThenHealthyPasses() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start()
            .on(
                "/health",
                call ->
                    call <= 2
                        ? new LoopbackServer.Answer(503, "{\"status\":\"DOWN\"}")
                        : new LoopbackServer.Answer(200, "{\"status\":\"ok\"}"))) {
      SmokeTest.Result result = run(server.url(), 5, Duration.ofSeconds(2));

      assertThat(result.passed()).isTrue();
      assertThat(result.checks().get(0).attempts()).isEqualTo(3);
      assertThat(log).anyMatch(line -> line.startsWith("Attempt 1/5: HTTP 503"));
    }
  }

  @Test
  void connectionRefusedUntilTheAttemptsRunOutFails() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }

    SmokeTest.Result result = run(URI.create("http://127.0.0.1:" + port), 3, Duration.ofSeconds(2));

    assertThat(result.passed()).isFalse();
    SmokeCheck health = result.checks().get(0);
    assertThat(health.attempts()).isEqualTo(3);
    assertThat(health.detail())
        .startsWith("not healthy after 3 attempts")
        .endsWith("last: connection refused by 127.0.0.1:" + port);
    assertThat(result.checks()).hasSize(1);
  }

  @Test
  void hungServerIsCutByThePerRequestTimeout() throws Exception {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket hung = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    held.add(hung.accept());
                  }
                } catch (java.io.IOException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      long start = System.nanoTime();

      SmokeTest.Result result =
          run(URI.create("http://127.0.0.1:" + hung.getLocalPort()), 2, Duration.ofMillis(300));

      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(result.passed()).isFalse();
      assertThat(result.checks().get(0).detail())
          .endsWith("last: no answer within the request timeout of 300 ms");
      assertThat(took).isLessThan(Duration.ofSeconds(5));
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void okStatusWithDownBodyFails() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start().on("/health", 200, "{\"status\":\"DOWN\"}")) {
      SmokeTest.Result result = run(server.url(), 2, Duration.ofSeconds(2));

      assertThat(result.passed()).isFalse();
      assertThat(result.checks().get(0).detail())
          .endsWith("last: status is \"DOWN\"; expected ok, healthy or UP");
    }
  }

  @Test
  void requiredPingReturning404Fails() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start()
            .on("/health", 200, "{\"status\":\"UP\"}")
            .on("/api/v1/ping", 404, "no such route")) {
      SmokeTest.Result result = run(server.url(), 1, Duration.ofSeconds(2), REQUIRED_PING);

      assertThat(result.passed()).isFalse();
      SmokeCheck ping = result.checks().get(1);
      assertThat(ping.outcome()).isEqualTo(SmokeCheck.Outcome.FAILED);
      assertThat(ping.detail()).isEqualTo("HTTP 404, expected 2xx no such route");
    }
  }

  @Test
  void optionalPingReturning401OnlyWarns() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start().on("/health", 200, "OK").on("/api/v1/ping", 401, "")) {
      SmokeTest.Result result = run(server.url(), 1, Duration.ofSeconds(2), OPTIONAL_PING);

      assertThat(result.passed()).isTrue();
      assertThat(result.checks().get(1).outcome()).isEqualTo(SmokeCheck.Outcome.WARNED);
      assertThat(result.checks().get(1).detail())
          .isEqualTo("HTTP 401, expected 2xx (optional endpoint: not a failure)");
    }
  }

  @Test
  void endpointStatusAndBodyPatternAreChecked() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start()
            .on("/health", 200, "{\"status\":\"UP\"}")
            .on("/api/v1/accounts", 200, "{\"accounts\":[]}")
            .on("/api/v1/admin", 403, "forbidden")) {
      SmokeTest.Result result =
          run(
              server.url(),
              1,
              Duration.ofSeconds(2),
              new Endpoint(
                  "/api/v1/accounts",
                  Optional.of(200),
                  Optional.of(Pattern.compile("\"accounts\"")),
                  true),
              new Endpoint("/api/v1/admin", Optional.of(403), Optional.empty(), true),
              new Endpoint(
                  "/api/v1/accounts",
                  Optional.empty(),
                  Optional.of(Pattern.compile("\"total\"")),
                  true));

      assertThat(result.checks())
          .extracting(SmokeCheck::outcome)
          .containsExactly(
              SmokeCheck.Outcome.PASSED,
              SmokeCheck.Outcome.PASSED,
              SmokeCheck.Outcome.PASSED,
              SmokeCheck.Outcome.FAILED);
      assertThat(result.checks().get(3).detail())
          .isEqualTo("the body has no match for /\"total\"/: {\"accounts\":[]}");
    }
  }

  @Test
  void headersAreSentAndTheirValuesNeverReachTheReports() throws Exception {
    String token = "Bearer s3cr3t-t0ken-value";
    try (LoopbackServer server =
        LoopbackServer.start()
            .on("/health", 200, "{\"status\":\"UP\"}")
            .echoAuthorization("/api/v1/ping")) {
      SmokeTest.Result result =
          run(
              server.url(),
              1,
              Duration.ofSeconds(2),
              Map.of("Authorization", token),
              REQUIRED_PING);
      SecretMasker masker = SecretMasker.of(Map.of(), List.of(token));
      String junit = SmokeReports.junit(SmokeReports.Kind.DEPLOYED, result, masker, Instant.now());
      String markdown = SmokeReports.markdown(SmokeReports.Kind.DEPLOYED, result, masker);

      assertThat(result.checks().get(1).detail()).contains("s3cr3t-t0ken-value");
      assertThat(junit).doesNotContain("s3cr3t").contains("bad token ****");
      assertThat(markdown).doesNotContain("s3cr3t").contains("bad token ****");
    }
  }

  @Test
  void junitReportHasOneCasePerCheckWithFailuresAndSkips() throws Exception {
    try (LoopbackServer server =
        LoopbackServer.start()
            .on("/health", 200, "{\"status\":\"UP\"}")
            .on("/api/v1/ping", 404, "")
            .on("/api/v1/x", 500, "<boom & bust>")) {
      SmokeTest.Result result =
          run(
              server.url(),
              1,
              Duration.ofSeconds(2),
              OPTIONAL_PING,
              new Endpoint("/api/v1/x", Optional.empty(), Optional.empty(), true));
      Path junit = dir.resolve("TEST-lifeos-smoke.xml");
      Files.writeString(
          junit,
          SmokeReports.junit(
              SmokeReports.Kind.DEPLOYED,
              result,
              SecretMasker.of(Map.of(), List.of()),
              Instant.now()));

      String xml = Files.readString(junit);
      assertThat(xml)
          .contains(
              "<testsuite name=\"lifeos.smoke\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\"")
          .contains("<testcase classname=\"lifeos.smoke\" name=\"GET /health\"")
          .contains(
              "<skipped message=\"HTTP 404, expected 2xx (optional endpoint: not a failure)\"")
          .contains("<failure message=\"HTTP 500, expected 2xx &lt;boom &amp; bust&gt;\"");
      assertThat(
              javax.xml.parsers.DocumentBuilderFactory.newInstance()
                  .newDocumentBuilder()
                  .parse(junit.toFile())
                  .getDocumentElement()
                  .getElementsByTagName("testcase")
                  .getLength())
          .isEqualTo(3);
      assertThat(
              SmokeReports.markdown(
                  SmokeReports.Kind.DEPLOYED, result, SecretMasker.of(Map.of(), List.of())))
          .startsWith("### Smoke test FAILED: " + server.url())
          .contains("| GET /api/v1/x | ❌ failed | 1 |");
    }
  }

  @Test
  void badSettingsAreUserErrors() {
    SmokeTest.Settings ftp =
        new SmokeTest.Settings(
            URI.create("ftp://host"),
            "/health",
            1,
            Duration.ZERO,
            Duration.ofSeconds(1),
            64 * 1024,
            List.of(),
            Map.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SmokeTest.validate(ftp))
        .hasMessageStartingWith("Smoke test URL 'ftp://host' is not an http(s) URL with a host.");
    SmokeTest.Settings badHeader =
        new SmokeTest.Settings(
            URI.create("http://host"),
            "/health",
            1,
            Duration.ZERO,
            Duration.ofSeconds(1),
            64 * 1024,
            List.of(),
            Map.of("Host", "x"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SmokeTest.validate(badHeader))
        .hasMessageStartingWith("Smoke test header 'Host' cannot be set");
  }
}
