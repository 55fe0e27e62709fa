package dev.lifeos.maven.mojo;

import dev.lifeos.maven.smoke.SmokeReports;
import dev.lifeos.maven.smoke.SmokeTest;
import dev.lifeos.maven.support.GateFailure;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
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
public class SmoketestMojo extends SmokeMojo {
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

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    SmokeTest.Settings settings = settings(baseUrl());
    getLog().info("Smoke test of " + settings.url() + ": " + pace() + ".");
    SmokeTest.Result result = new SmokeTest(settings, getLog()::info).run();
    Path junit = report(SmokeReports.Kind.DEPLOYED, result);
    if (!result.passed()) {
      throw new GateFailure(
          "Smoke test failed against "
              + settings.url()
              + ":"
              + failedChecks(result)
              + "\nRoll back the deployment (kubectl rollout undo) or fix the service. Report: "
              + junit);
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
}
