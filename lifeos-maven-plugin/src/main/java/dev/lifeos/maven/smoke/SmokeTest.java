package dev.lifeos.maven.smoke;

import dev.lifeos.maven.support.GateFailure;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The post-deploy smoke test: waits until {@code <url>/health} answers 2xx with a healthy body,
 * then calls each further endpoint once.
 *
 * <p>Each call is cut off after the per-request timeout, body included, so a hung server costs one
 * timeout per attempt and never hangs the build. Headers (an {@code Authorization} token, say) are
 * sent but never written anywhere: callers pass their values to the secret masker.
 */
public final class SmokeTest {
  /**
   * What to test.
   *
   * @param url the service's base URL, e.g. {@code https://staging.example.com}
   * @param attempts how many times /health is tried before giving up
   * @param interval the wait between two attempts
   * @param requestTimeout the longest one call may take, connect to last body byte
   */
  public record Settings(
      URI url,
      String healthPath,
      int attempts,
      Duration interval,
      Duration requestTimeout,
      List<Endpoint> endpoints,
      Map<String, String> headers) {}

  /** All checks of one run; the smoke test passed when none failed. */
  public record Result(URI url, List<Check> checks, Duration time) {
    public boolean passed() {
      return checks.stream().noneMatch(Check::failed);
    }
  }

  private final Settings settings;
  private final Consumer<String> log;
  private final HttpClient client;

  public SmokeTest(Settings settings, Consumer<String> log) {
    this.settings = settings;
    this.log = log;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.requestTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** Checks the settings before anything is called: a bad URL or header is a user error. */
  public static void validate(Settings settings) throws GateFailure {
    URI url = settings.url();
    if (url.getScheme() == null
        || !(url.getScheme().equals("http") || url.getScheme().equals("https"))
        || url.getHost() == null) {
      throw new GateFailure(
          "Smoke test URL '"
              + url
              + "' is not an http(s) URL with a host. Set -Dlifeos.smoke.url=https://<host>[:port]"
              + " (or the TARGET_URL environment variable).");
    }
    if (settings.attempts() < 1) {
      throw new GateFailure("lifeos.smoke.attempts is " + settings.attempts() + ": use 1 or more.");
    }
    if (settings.requestTimeout().isZero() || settings.requestTimeout().isNegative()) {
      throw new GateFailure("lifeos.smoke.requestTimeout must be above 0 ms.");
    }
    for (String header : settings.headers().keySet()) {
      try {
        HttpRequest.newBuilder(URI.create("http://localhost/")).header(header, "x");
      } catch (IllegalArgumentException e) {
        throw new GateFailure(
            "Smoke test header '"
                + header
                + "' cannot be set ("
                + e.getMessage()
                + "): remove it.");
      }
    }
  }

  public Result run() throws InterruptedException {
    long start = System.nanoTime();
    List<Check> checks = new ArrayList<>();
    Check health = waitForHealth();
    checks.add(health);
    if (!health.failed()) {
      for (Endpoint endpoint : settings.endpoints()) {
        Check check = call(endpoint);
        log.accept(
            check.name()
                + ": "
                + check.outcome().name().toLowerCase(Locale.ROOT)
                + " ("
                + check.detail()
                + ")");
        checks.add(check);
      }
    }
    return new Result(
        settings.url(), List.copyOf(checks), Duration.ofNanos(System.nanoTime() - start));
  }

  private Check waitForHealth() throws InterruptedException {
    String name = "GET " + settings.healthPath();
    URI url = resolve(settings.healthPath());
    long start = System.nanoTime();
    String last = "";
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      Exchange exchange = get(url);
      String problem = exchange.problem();
      if (problem == null && !exchange.is2xx()) {
        problem = "HTTP " + exchange.status() + bodyNote(exchange.body());
      }
      if (problem == null) {
        problem = HealthVerdict.problem(exchange.body());
      }
      Duration time = Duration.ofNanos(System.nanoTime() - start);
      if (problem == null) {
        String detail = "HTTP " + exchange.status() + " " + Snippet.of(exchange.body());
        log.accept(
            name
                + ": healthy after "
                + attempt
                + " attempt"
                + (attempt == 1 ? "" : "s")
                + " ("
                + detail
                + ")");
        return new Check(name, url.toString(), Check.Outcome.PASSED, detail, attempt, time);
      }
      last = problem;
      if (attempt < settings.attempts()) {
        log.accept(
            "Attempt "
                + attempt
                + "/"
                + settings.attempts()
                + ": "
                + problem
                + "; retrying in "
                + millis(settings.interval()));
        Thread.sleep(settings.interval().toMillis());
      }
    }
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    String detail =
        "not healthy after "
            + settings.attempts()
            + " attempt"
            + (settings.attempts() == 1 ? "" : "s")
            + " in "
            + millis(time)
            + "; last: "
            + last;
    log.accept(name + ": " + detail);
    return new Check(name, url.toString(), Check.Outcome.FAILED, detail, settings.attempts(), time);
  }

  private Check call(Endpoint endpoint) throws InterruptedException {
    URI url = resolve(endpoint.path());
    long start = System.nanoTime();
    Exchange exchange = get(url);
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    String problem = exchange.problem();
    if (problem == null) {
      boolean statusOk =
          endpoint.status().map(expected -> expected == exchange.status()).orElse(exchange.is2xx());
      if (!statusOk) {
        problem =
            "HTTP "
                + exchange.status()
                + ", expected "
                + endpoint.status().map(String::valueOf).orElse("2xx")
                + bodyNote(exchange.body());
      } else if (endpoint.bodyPattern().isPresent()
          && !endpoint.bodyPattern().get().matcher(exchange.body()).find()) {
        problem =
            "the body has no match for /"
                + endpoint.bodyPattern().get().pattern()
                + "/: "
                + Snippet.of(exchange.body());
      }
    }
    if (problem == null) {
      String detail = "HTTP " + exchange.status() + " " + Snippet.of(exchange.body());
      return new Check(
          endpoint.describe(), url.toString(), Check.Outcome.PASSED, detail.strip(), 1, time);
    }
    Check.Outcome outcome = endpoint.required() ? Check.Outcome.FAILED : Check.Outcome.WARNED;
    String detail = endpoint.required() ? problem : problem + " (optional endpoint: not a failure)";
    return new Check(endpoint.describe(), url.toString(), outcome, detail, 1, time);
  }

  /** One GET; connection and timeout problems become a message, never an exception. */
  private Exchange get(URI url) throws InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url).timeout(settings.requestTimeout()).GET();
    settings.headers().forEach(request::header);
    CompletableFuture<HttpResponse<String>> response =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    try {
      HttpResponse<String> answer =
          response.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return new Exchange(answer.statusCode(), answer.body(), null);
    } catch (TimeoutException e) {
      response.cancel(true);
      return Exchange.failed(timedOut());
    } catch (ExecutionException e) {
      return Exchange.failed(describe(e.getCause(), url));
    }
  }

  private String timedOut() {
    return "no answer within the request timeout of " + millis(settings.requestTimeout());
  }

  private String describe(Throwable error, URI url) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof HttpTimeoutException) {
        return timedOut();
      }
      if (e instanceof ConnectException) {
        return "connection refused by " + url.getHost() + ":" + port(url);
      }
      if (e instanceof UnresolvedAddressException || e instanceof java.net.UnknownHostException) {
        return "unknown host " + url.getHost();
      }
    }
    return error.getClass().getSimpleName()
        + (error.getMessage() == null ? "" : ": " + error.getMessage());
  }

  private URI resolve(String path) {
    if (path.startsWith("http://") || path.startsWith("https://")) {
      return URI.create(path);
    }
    String base = settings.url().toString().replaceAll("/+$", "");
    return URI.create(base + (path.startsWith("/") ? path : "/" + path));
  }

  private static int port(URI url) {
    return url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
  }

  private static String bodyNote(String body) {
    return body.isBlank() ? "" : " " + Snippet.of(body);
  }

  static String millis(Duration duration) {
    long ms = duration.toMillis();
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private record Exchange(int status, String body, String problem) {
    static Exchange failed(String problem) {
      return new Exchange(0, "", problem);
    }

    boolean is2xx() {
      return status >= 200 && status < 300;
    }
  }
}
