package dev.lifeos.maven.mojo;

import dev.lifeos.maven.smoke.Durations;
import dev.lifeos.maven.smoke.Endpoint;
import dev.lifeos.maven.smoke.SmokeCheck;
import dev.lifeos.maven.smoke.SmokeReports;
import dev.lifeos.maven.smoke.SmokeTest;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The checks {@code lifeos:smoketest} (a deployed service) and {@code lifeos:container-smoke} (the
 * image just built, in a container) share: the same parameters and properties, so one {@code
 * <endpoints>} list in the plugin's configuration serves both, and the same reports.
 */
abstract class SmokeMojo extends LifeosMojo {
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
   * Headers sent with every request to the origin (scheme, host, port) of the service, e.g. {@code
   * <Authorization>Bearer ${env.SMOKE_TOKEN}</Authorization>}; never to another origin (an endpoint
   * given as a full URL elsewhere, a redirect). Their values are treated as secrets: masked in
   * every log line and report.
   */
  @Parameter Map<String, String> headers = new LinkedHashMap<>();

  /** The checked settings for a smoke test of the service at {@code url}. */
  final SmokeTest.Settings settings(URI url) throws GateFailure {
    headers.values().forEach(this::secret);
    SmokeTest.Settings settings =
        new SmokeTest.Settings(
            url,
            healthPath,
            attempts,
            Durations.parse(interval, "lifeos.smoke.interval"),
            Durations.parse(requestTimeout, "lifeos.smoke.requestTimeout"),
            (int) Math.min(maxBodyKb * 1024L, Integer.MAX_VALUE),
            endpointList(),
            Map.copyOf(headers));
    SmokeTest.validate(settings);
    return settings;
  }

  /** How the health wait is paced, for the goal's first log line. */
  final String pace() {
    return healthPath
        + " up to "
        + attempts
        + " times, "
        + interval
        + " apart, "
        + requestTimeout
        + " per request";
  }

  /**
   * Writes the JUnit XML and Markdown reports (and the step summary), logs the warnings, and
   * returns the JUnit file.
   */
  final Path report(SmokeReports.Kind kind, SmokeTest.Result result) throws IOException {
    SmokeReports.of(reportDirectory.toPath(), kind, result, masker(), Instant.now())
        .write(environment());
    result.checks().stream()
        .filter(check -> check.outcome() == SmokeCheck.Outcome.WARNED)
        .forEach(check -> getLog().warn(check.name() + ": " + check.detail()));
    return kind.folder(reportDirectory.toPath()).resolve(kind.junitFile());
  }

  /** One indented line per failed check: the body of a failure message. */
  static String failedChecks(SmokeTest.Result result) {
    StringBuilder lines = new StringBuilder();
    result.checks().stream()
        .filter(SmokeCheck::failed)
        .forEach(
            check -> lines.append("\n  ").append(check.name()).append(": ").append(check.detail()));
    return lines.toString();
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
