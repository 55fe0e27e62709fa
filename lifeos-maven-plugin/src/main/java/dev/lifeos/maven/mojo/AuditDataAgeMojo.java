package dev.lifeos.maven.mojo;

import dev.lifeos.maven.audit.DataFreshness;
import dev.lifeos.maven.audit.NvdDataAge;
import dev.lifeos.maven.report.GateReport;
import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Tells how old the NVD data of the dependency audit is, and fails when it is older than {@code
 * maxDataAge} where the pipeline gates on it ({@code failOnStaleData}: main, release), or warns
 * (pr, nightly, a laptop). Reads the JSON report OWASP Dependency-Check wrote earlier in the build,
 * so lifeos-parent binds the audit at post-integration-test and this goal at verify. Writes {@code
 * target/lifeos/dependency-check/data-age.json} and a line of the GitHub step summary.
 */
@Mojo(name = "audit-data-age", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class AuditDataAgeMojo extends LifeosMojo {
  /** Skips the check. lifeos-parent sets it to {@code lifeos.audit.skip}: on where the audit is. */
  @Parameter(property = "lifeos.audit.dataAge.skip", defaultValue = "false")
  boolean skip;

  /** Dependency-Check's JSON report. */
  @Parameter(
      property = "lifeos.audit.report",
      defaultValue =
          "${project.build.directory}/lifeos/dependency-check/dependency-check-report.json")
  File report;

  /** The oldest NVD data the audit may use, ISO-8601: {@code P7D}, {@code PT36H}. */
  @Parameter(property = "lifeos.audit.maxDataAge", defaultValue = "P7D")
  String maxDataAge;

  /** Fails on older data; {@code false} warns. lifeos-parent sets it in main and release. */
  @Parameter(property = "lifeos.audit.failOnStaleData", defaultValue = "false")
  boolean failOnStaleData;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws GateFailure, IOException {
    DataFreshness freshness = DataFreshness.parse(maxDataAge, "lifeos.audit.maxDataAge");
    if ("pom".equals(project.getPackaging()) && !Files.exists(report.toPath())) {
      getLog().info("No dependency audit report for packaging pom: no NVD data age to tell.");
      return;
    }
    NvdDataAge data = NvdDataAge.read(report.toPath());
    DataFreshness.Verdict verdict = freshness.judge(data, Instant.now());
    report(data, freshness, verdict);
    if (!verdict.stale()) {
      getLog().info(verdict.message());
    } else if (failOnStaleData) {
      throw new GateFailure(verdict.message());
    } else {
      getLog()
          .warn(verdict.message() + " (A warning here: lifeos.audit.failOnStaleData is false.)");
    }
  }

  private void report(NvdDataAge data, DataFreshness freshness, DataFreshness.Verdict verdict)
      throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("lastModified", data.lastModified().toString());
    json.put("lastChecked", data.lastChecked().map(Instant::toString).orElse(null));
    json.put("age", verdict.age().toString());
    json.put("ageSeconds", verdict.age().toSeconds());
    json.put("maxAge", freshness.maxAge().toString());
    json.put("stale", verdict.stale());
    json.put("failOnStaleData", failOnStaleData);
    GateReport.in(reportDirectory.toPath().resolve("dependency-check"))
        .json("data-age.json", json)
        .summary(
            "### Dependency audit data\n\n"
                + (verdict.stale() ? (failOnStaleData ? ":x: " : ":warning: ") : "")
                + verdict.message()
                + "\n")
        .write(environment());
  }
}
