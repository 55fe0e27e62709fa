package dev.lifeos.maven.mojo;

import dev.lifeos.maven.report.ReportFiles;
import dev.lifeos.maven.report.StepSummary;
import dev.lifeos.maven.smoke.Check;
import dev.lifeos.maven.smoke.Durations;
import dev.lifeos.maven.smoke.Endpoint;
import dev.lifeos.maven.smoke.SmokeReports;
import dev.lifeos.maven.smoke.SmokeTest;
import dev.lifeos.maven.support.GateFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The post-deploy smoke test. Waits until {@code <url>/health} answers 2xx with a healthy body (a
 * JSON {@code status} of ok, healthy or UP, or such a text), then checks {@code /api/v1/ping} and
 * any further endpoints. Writes {@code target/lifeos/smoke/TEST-lifeos-smoke.xml} (JUnit XML) and
 * {@code summary.md} (also appended to {@code $GITHUB_STEP_SUMMARY}) and fails the build when a
 * check fails, so the deploy job can roll back. Header values and credentials are never logged.
 *
 * <p>Not bound to a phase: deploy jobs call {@code ./mvnw lifeos:smoketest
 * -Dlifeos.smoke.url=https://staging.example.com}.
 */
@Mojo(name = "smoketest", threadSafe = true)
public class SmoketestMojo extends LifeosMojo {
  static final String TARGET_URL = "TARGET_URL";

  /** Skips the smoke test. */
  @Parameter(property = "lifeos.smoke.skip", defaultValue = "false")
  boolean skip;

  /**
   * Base URL of the deployed service, e.g. {@code https://staging.example.com}. When unset, the
   * {@code TARGET_URL} environment variable (the spec's smoketest.sh name).
   */
  @Parameter(property = "lifeos.smoke.url")
  String url;

  /** Path of the health endpoint. */
  @Parameter(property = "lifeos.smoke.healthPath", defaultValue = "/health")
  String healthPath;

  /** How many times the health endpoint is tried before the smoke test fails. */
  @Parameter(property = "lifeos.smoke.attempts", defaultValue = "30")
  int attempts;

  /** Wait between two health attempts: {@code 500ms}, {@code 2s}, {@code 1m}. */
  @Parameter(property = "lifeos.smoke.interval", defaultValue = "2s")
  String interval;

  /**
   * The longest one request may take, connecting to the last byte of the body. A hung service costs
   * this much per attempt, never more.
   */
  @Parameter(property = "lifeos.smoke.requestTimeout", defaultValue = "5s")
  String requestTimeout;

  /**
   * The largest response body read, in KiB. A longer body fails the call without being read
   * further: a health endpoint answers a short status, and a flooding server costs no memory.
   */
  @Parameter(property = "lifeos.smoke.maxBodyKb", defaultValue = "1024")
  int maxBodyKb;

  /** Path of the basic API check made after health passes; empty leaves it out. */
  @Parameter(property = "lifeos.smoke.pingPath", defaultValue = "/api/v1/ping")
  String pingPath;

  /**
   * Whether the ping check must pass. By default a failing ping only warns (it may need
   * authentication), as in the spec's smoketest.sh.
   */
  @Parameter(property = "lifeos.smoke.pingRequired", defaultValue = "false")
  boolean pingRequired;

  /**
   * Further endpoints, each with {@code path}, optional {@code status} (default any 2xx), optional
   * {@code body} (a regular expression the body must contain) and {@code required} (default true).
   */
  @Parameter List<SmokeEndpoint> endpoints = new ArrayList<>();

  /**
   * Headers sent with every request to the origin (scheme, host, port) of {@code url}, e.g. {@code
   * <Authorization>Bearer ${env.SMOKE_TOKEN}</Authorization>}; never to another origin (an endpoint
   * given as a full URL elsewhere, a redirect). Their values are treated as secrets: masked in
   * every log line and report.
   */
  @Parameter Map<String, String> headers = new LinkedHashMap<>();

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    headers.values().forEach(this::secret);
    SmokeTest.Settings settings =
        new SmokeTest.Settings(
            baseUrl(),
            healthPath,
            attempts,
            Durations.parse(interval, "lifeos.smoke.interval"),
            Durations.parse(requestTimeout, "lifeos.smoke.requestTimeout"),
            (int) Math.min(maxBodyKb * 1024L, Integer.MAX_VALUE),
            endpointList(),
            Map.copyOf(headers));
    SmokeTest.validate(settings);
    getLog()
        .info(
            "Smoke test of "
                + settings.url()
                + ": "
                + healthPath
                + " up to "
                + attempts
                + " times, "
                + interval
                + " apart, "
                + requestTimeout
                + " per request.");
    SmokeTest.Result result = new SmokeTest(settings, getLog()::info).run();

    Path dir = reportDirectory.toPath().resolve("smoke");
    Path junit = dir.resolve(SmokeReports.JUNIT_FILE);
    SmokeReports.writeJunit(junit, result, masker(), Instant.now());
    String markdown = SmokeReports.markdown(result, masker());
    ReportFiles.writeText(dir.resolve(SmokeReports.MARKDOWN_FILE), markdown);
    StepSummary.from(environment()).append(markdown);

    result.checks().stream()
        .filter(check -> check.outcome() == Check.Outcome.WARNED)
        .forEach(check -> getLog().warn(check.name() + ": " + check.detail()));
    if (!result.passed()) {
      StringBuilder message =
          new StringBuilder("Smoke test failed against " + settings.url() + ":");
      result.checks().stream()
          .filter(Check::failed)
          .forEach(
              check ->
                  message.append("\n  ").append(check.name()).append(": ").append(check.detail()));
      message
          .append("\nRoll back the deployment (kubectl rollout undo) or fix the service. Report: ")
          .append(junit);
      throw new GateFailure(message.toString());
    }
    getLog().info("Smoke test passed: " + result.checks().size() + " checks. Report: " + junit);
  }

  private URI baseUrl() throws GateFailure {
    String value =
        Optional.ofNullable(url)
            .filter(u -> !u.isBlank())
            .or(() -> Optional.ofNullable(environment().get(TARGET_URL)).filter(u -> !u.isBlank()))
            .orElseThrow(
                () ->
                    new GateFailure(
                        "No URL to smoke-test. Set -Dlifeos.smoke.url=https://<host>[:port] (or"
                            + " the TARGET_URL environment variable) to the deployed service."));
    try {
      return new URI(value.trim());
    } catch (URISyntaxException e) {
      throw new GateFailure(
          "Smoke test URL is not a URL (" + e.getMessage() + "): set -Dlifeos.smoke.url.");
    }
  }

  private List<Endpoint> endpointList() throws GateFailure {
    List<Endpoint> list = new ArrayList<>();
    if (pingPath != null && !pingPath.isBlank()) {
      list.add(new Endpoint(pingPath.trim(), Optional.empty(), Optional.empty(), pingRequired));
    }
    for (SmokeEndpoint endpoint : endpoints) {
      if (endpoint.path == null || endpoint.path.isBlank()) {
        throw new GateFailure("A smoke test <endpoint> has no <path>: add one or remove it.");
      }
      Optional<Pattern> body;
      try {
        body = Optional.ofNullable(endpoint.body).filter(b -> !b.isEmpty()).map(Pattern::compile);
      } catch (PatternSyntaxException e) {
        throw new GateFailure(
            "The <body> of smoke endpoint "
                + endpoint.path
                + " is not a regular expression: "
                + e.getDescription()
                + " near index "
                + e.getIndex()
                + ".");
      }
      list.add(
          new Endpoint(
              endpoint.path.trim(), Optional.ofNullable(endpoint.status), body, endpoint.required));
    }
    return list;
  }
}
