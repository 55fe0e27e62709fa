package dev.lifeos.maven.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.smoke.LoopbackServer.Answer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The smoke test against servers that misbehave on purpose: redirects to other hosts and in
 * circles, bodies without end, resets, login pages. Real servers on 127.0.0.1; two ports of it are
 * two origins, as two hosts would be.
 */
class SmokeTestHostileServerTest {
  private static final String TOKEN = "Bearer s3cr3t-t0ken-value";
  private static final String HEALTHY = "{\"status\":\"UP\"}";

  private final List<String> log = new ArrayList<>();

  private SmokeTest.Result run(URI url, Duration timeout, Endpoint... endpoints) throws Exception {
    SmokeTest.Settings settings =
        new SmokeTest.Settings(
            url,
            "/health",
            1,
            Duration.ofMillis(20),
            timeout,
            64 * 1024,
            List.of(endpoints),
            Map.of("Authorization", TOKEN));
    SmokeTest.validate(settings);
    return new SmokeTest(settings, log::add).run();
  }

  /** Sends the head of a 200 JSON answer of {@code length} bytes and its first byte. */
  private static OutputStream jsonHead(Socket socket, long length) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(
        ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + length
                + "\r\n\r\n{")
            .getBytes(StandardCharsets.US_ASCII));
    return out;
  }

  private static String healthDetail(SmokeTest.Result result) {
    return result.checks().get(0).detail();
  }

  @Test
  void redirectToAnotherHostGetsNoAuthorizationHeaderAndItsHealthDoesNotCount() throws Exception {
    try (LoopbackServer elsewhere =
            LoopbackServer.start().on("/health", Answer.json(200, HEALTHY));
        LoopbackServer service =
            LoopbackServer.start()
                .on("/health", Answer.redirect(302, elsewhere.url() + "/health"))) {
      SmokeTest.Result result = run(service.url(), Duration.ofSeconds(5));

      assertThat(result.passed()).isFalse();
      assertThat(elsewhere.requests()).isEmpty();
      assertThat(service.requests())
          .extracting(LoopbackServer.Request::authorization)
          .containsOnly(TOKEN);
      assertThat(healthDetail(result))
          .contains(
              "last: HTTP 302 redirect to "
                  + elsewhere.url()
                  + ", another origin than "
                  + service.url()
                  + ": not followed");
    }
  }

  @Test
  void redirectFromHttpToHttpsOfTheSameHostIsAnotherOriginToo() throws Exception {
    try (LoopbackServer service =
        LoopbackServer.start().on("/health", Answer.redirect(301, "https://127.0.0.1:1/health"))) {
      SmokeTest.Result result = run(service.url(), Duration.ofSeconds(5));

      assertThat(healthDetail(result))
          .contains(
              "HTTP 301 redirect to https://127.0.0.1:1, another origin than " + service.url());
    }
  }

  @Test
  void sameOriginRedirectIsFollowedWithTheHeaders() throws Exception {
    try (LoopbackServer service =
        LoopbackServer.start()
            .on("/health", Answer.redirect(307, "/actuator/health"))
            .on("/actuator/health", Answer.json(200, HEALTHY))) {
      SmokeTest.Result result = run(service.url(), Duration.ofSeconds(5));

      assertThat(result.passed()).isTrue();
      assertThat(service.requests())
          .containsExactly(
              new LoopbackServer.Request("/health", TOKEN),
              new LoopbackServer.Request("/actuator/health", TOKEN));
    }
  }

  @Test
  void redirectLoopIsReportedAsALoopNotAsHttp302() throws Exception {
    try (LoopbackServer service =
        LoopbackServer.start()
            .on("/health", Answer.redirect(302, "/login"))
            .on("/login", Answer.redirect(302, "/health"))) {
      SmokeTest.Result result = run(service.url(), Duration.ofSeconds(5));

      assertThat(healthDetail(result))
          .endsWith("last: redirect loop: /health -> /login -> /health");
      assertThat(service.requests()).hasSize(2);
    }
  }

  @Test
  void moreThanFiveSameOriginRedirectsAreNotFollowed() throws Exception {
    try (LoopbackServer service =
        LoopbackServer.start().on("/", call -> Answer.redirect(302, "/step" + call))) {
      SmokeTest.Result result = run(service.url(), Duration.ofSeconds(5));

      assertThat(healthDetail(result))
          .endsWith(
              "last: more than 5 redirects: /health -> /step1 -> /step2 -> /step3 -> /step4 ->"
                  + " /step5 -> ...");
      assertThat(service.requests()).hasSize(HttpProbe.MAX_REDIRECTS + 1);
    }
  }

  @Test
  void endpointGivenAsAUrlOfAnotherHostGetsNoCredentials() throws Exception {
    try (LoopbackServer elsewhere = LoopbackServer.start().echoAuthorization("/api/v1/ping");
        LoopbackServer service = LoopbackServer.start().on("/health", Answer.json(200, HEALTHY))) {
      SmokeTest.Result result =
          run(
              service.url(),
              Duration.ofSeconds(5),
              new Endpoint(
                  elsewhere.url() + "/api/v1/ping", Optional.empty(), Optional.empty(), true));

      assertThat(elsewhere.requests())
          .extracting(LoopbackServer.Request::authorization)
          .containsExactly((String) null);
      assertThat(result.checks().get(1).detail())
          .isEqualTo("HTTP 500, expected 2xx bad token null");
    }
  }

  @Test
  void gigabyteHealthBodyIsCutAtTheCapWithoutBeingRead() throws Exception {
    AtomicLong sent = new AtomicLong();
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) ' ');
    try (RawSocketServer flood =
        RawSocketServer.start(
            socket -> {
              OutputStream out = jsonHead(socket, 1L << 30);
              while (sent.get() < 1L << 30) {
                out.write(chunk);
                sent.addAndGet(chunk.length);
              }
            })) {
      long start = System.nanoTime();

      SmokeTest.Result result = run(flood.url(), Duration.ofSeconds(30));

      assertThat(healthDetail(result))
          .endsWith(
              "last: the body is larger than 64 KiB (lifeos.smoke.maxBodyKb): not read further");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
      Thread.sleep(500); // what the server still manages to write once the client has gone
      assertThat(sent.get()).isLessThan(64L << 20);
    }
  }

  @Test
  void bodyStillStreamingAtTheDeadlineIsCutAndTheConnectionClosed() throws Exception {
    CountDownLatch clientGone = new CountDownLatch(1);
    try (RawSocketServer drip =
        RawSocketServer.start(
            socket -> {
              OutputStream out = jsonHead(socket, 1_000_000);
              try {
                while (true) {
                  Thread.sleep(50);
                  out.write(' ');
                  out.flush();
                }
              } finally {
                clientGone.countDown();
              }
            })) {
      long start = System.nanoTime();

      SmokeTest.Result result = run(drip.url(), Duration.ofMillis(500));

      assertThat(healthDetail(result))
          .endsWith("last: the body was still arriving when the request timeout of 500 ms ran out");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
      assertThat(clientGone.await(20, TimeUnit.SECONDS))
          .as("the client closed the connection instead of reading on in the background")
          .isTrue();
    }
  }

  @Test
  void connectionResetIsReportedAsAResetNotATimeout() throws Exception {
    try (RawSocketServer reset =
        RawSocketServer.start(
            socket -> {
              socket.setSoLinger(true, 0);
              socket.close();
            })) {
      SmokeTest.Result result = run(reset.url(), Duration.ofSeconds(5));

      assertThat(healthDetail(result))
          .endsWith("last: connection reset by 127.0.0.1:" + reset.url().getPort())
          .doesNotContain("timeout");
    }
  }

  @Test
  void htmlLoginPageThatSaysOkFailsTheHealthCheck() throws Exception {
    try (LoopbackServer service =
        LoopbackServer.start()
            .on(
                "/health",
                new Answer(
                    200,
                    "<html><title>Sign in</title><body>OK</body></html>",
                    Map.of("Content-Type", "text/html; charset=utf-8")))) {
      SmokeTest.Result result = run(service.url(), Duration.ofSeconds(5));

      assertThat(result.passed()).isFalse();
      assertThat(healthDetail(result))
          .contains("last: the answer is text/html, not a health status");
    }
  }
}
