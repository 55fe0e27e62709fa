package dev.lifeos.maven.smoke;

import dev.lifeos.maven.support.DurationText;
import dev.lifeos.maven.support.GateFailure;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The post-deploy smoke test: waits until {@code <url>/health} answers 2xx with a healthy body,
 * then calls each further endpoint once.
 *
 * <p>Each call is cut off after the per-request timeout, redirects and body included, and reads at
 * most {@code maxBodyBytes}, so a hung or flooding server costs one timeout per attempt and never
 * hangs the build ({@link HttpProbe}). Headers (an {@code Authorization} token, say) go only to the
 * origin of the URL and are never written anywhere: callers pass their values to the secret masker.
 */
public final class SmokeTest {
  /**
   * What to test.
   *
   * @param url the service's base URL, e.g. {@code https://staging.example.com}
   * @param attempts how many times /health is tried before giving up
   * @param interval the wait between two attempts
   * @param requestTimeout the longest one call may take, connect to last body byte, redirects
   *     included
   * @param maxBodyBytes the largest body read; a longer one fails the call
   * @param headers sent only to the origin of {@code url}
   */
  public record Settings(
      URI url,
      String healthPath,
      int attempts,
      Duration interval,
      Duration requestTimeout,
      int maxBodyBytes,
      List<Endpoint> endpoints,
      Map<String, String> headers) {
    /** The same checks against another service: a container's port, say. */
    public Settings withUrl(URI other) {
      return new Settings(
          other, healthPath, attempts, interval, requestTimeout, maxBodyBytes, endpoints, headers);
    }
  }

  /** All checks of one run; the smoke test passed when none failed. */
  public record Result(URI url, List<SmokeCheck> checks, Duration time) {
    public boolean passed() {
      return checks.stream().noneMatch(SmokeCheck::failed);
    }
  }

  private final Settings settings;
  private final Consumer<String> log;
  private final HttpProbe probe;

  public SmokeTest(Settings settings, Consumer<String> log) {
    this.settings = settings;
    this.log = log;
    this.probe =
        new HttpProbe(
            Origin.of(settings.url()),
            settings.headers(),
            settings.requestTimeout(),
            settings.maxBodyBytes());
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
    if (settings.maxBodyBytes() < 1024) {
      throw new GateFailure("lifeos.smoke.maxBodyKb must be 1 or more.");
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
    return run(Optional::empty);
  }

  /**
   * Runs the checks, asking {@code gone} after each failed health attempt whether the service can
   * still come up: a reason (a container that exited, say) ends the wait at once.
   */
  public Result run(Supplier<Optional<String>> gone) throws InterruptedException {
    long start = System.nanoTime();
    List<SmokeCheck> checks = new ArrayList<>();
    SmokeCheck health = waitForHealth(gone);
    checks.add(health);
    if (!health.failed()) {
      for (Endpoint endpoint : settings.endpoints()) {
        SmokeCheck check = call(endpoint);
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

  private SmokeCheck waitForHealth(Supplier<Optional<String>> gone) throws InterruptedException {
    String name = "GET " + settings.healthPath();
    URI url = resolve(settings.healthPath());
    long start = System.nanoTime();
    String last = "";
    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      HttpProbe.Exchange exchange = probe.get(url);
      String problem = exchange.problem();
      if (problem == null && !exchange.is2xx()) {
        problem = "HTTP " + exchange.status() + bodyNote(exchange.body());
      }
      if (problem == null) {
        problem = HealthVerdict.problem(exchange.contentType(), exchange.body());
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
        return new SmokeCheck(
            name, url.toString(), SmokeCheck.Outcome.PASSED, detail, attempt, time);
      }
      last = problem;
      Optional<String> end = gone.get();
      if (end.isPresent()) {
        String detail =
            end.get()
                + " after "
                + attempt
                + " attempt"
                + (attempt == 1 ? "" : "s")
                + " in "
                + DurationText.of(time)
                + "; last: "
                + last;
        log.accept(name + ": " + detail);
        return new SmokeCheck(
            name, url.toString(), SmokeCheck.Outcome.FAILED, detail, attempt, time);
      }
      if (attempt < settings.attempts()) {
        log.accept(
            "Attempt "
                + attempt
                + "/"
                + settings.attempts()
                + ": "
                + problem
                + "; retrying in "
                + DurationText.of(settings.interval()));
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
            + DurationText.of(time)
            + "; last: "
            + last;
    log.accept(name + ": " + detail);
    return new SmokeCheck(
        name, url.toString(), SmokeCheck.Outcome.FAILED, detail, settings.attempts(), time);
  }

  private SmokeCheck call(Endpoint endpoint) throws InterruptedException {
    URI url = resolve(endpoint.path());
    long start = System.nanoTime();
    HttpProbe.Exchange exchange = probe.get(url);
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
      return new SmokeCheck(
          endpoint.describe(), url.toString(), SmokeCheck.Outcome.PASSED, detail.strip(), 1, time);
    }
    SmokeCheck.Outcome outcome =
        endpoint.required() ? SmokeCheck.Outcome.FAILED : SmokeCheck.Outcome.WARNED;
    String detail = endpoint.required() ? problem : problem + " (optional endpoint: not a failure)";
    return new SmokeCheck(endpoint.describe(), url.toString(), outcome, detail, 1, time);
  }

  private URI resolve(String path) {
    if (path.startsWith("http://") || path.startsWith("https://")) {
      return URI.create(path);
    }
    String base = settings.url().toString().replaceAll("/+$", "");
    return URI.create(base + (path.startsWith("/") ? path : "/" + path));
  }

  private static String bodyNote(String body) {
    return body.isBlank() ? "" : " " + Snippet.of(body);
  }
}
