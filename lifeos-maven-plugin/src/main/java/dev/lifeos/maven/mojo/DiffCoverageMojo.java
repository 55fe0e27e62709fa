package dev.lifeos.maven.mojo;

import dev.lifeos.maven.coverage.DiffCoverage;
import dev.lifeos.maven.coverage.DiffCoverageReport;
import dev.lifeos.maven.coverage.DiffCoverageResult;
import dev.lifeos.maven.git.BranchDiff;
import dev.lifeos.maven.report.GateReport;
import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails when the lines this branch changed are not covered well enough by tests: line coverage of
 * the changed code lines of the module's main sources, since the fork point of the base ref, from
 * the merged JaCoCo XML report (unit and integration tests). Prints each file with the changed
 * lines no test ran, and writes {@code diff-coverage.json} and {@code diff-coverage.md} (also to
 * the GitHub step summary).
 *
 * <p>Runs at verify after the JaCoCo report; {@code lifeos-parent} binds it and switches it on in
 * the {@code pr} profile. Without a base ref ({@code lifeos.baseRef} or {@code GITHUB_BASE_REF}),
 * or outside a git work tree, the whole module is the change: every code line of its main sources
 * counts, so {@code -Ppr verify} on a laptop still holds the module to the minimum.
 */
@Mojo(name = "diff-coverage", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffCoverageMojo extends LifeosMojo {
  static final String JSON_REPORT = "diff-coverage.json";
  static final String MARKDOWN_REPORT = "diff-coverage.md";

  /** Skips the diff-coverage gate. */
  @Parameter(property = "lifeos.coverage.diff.skip", defaultValue = "false")
  private boolean skip;

  /** Line coverage the changed code lines must reach, as a ratio: 0.80 is 80%. */
  @Parameter(property = "lifeos.coverage.diff.minimum", defaultValue = "0.80")
  private double minimum;

  /**
   * Fails the build below the minimum; {@code false} only warns, as the total coverage gate does
   * with the same property.
   */
  @Parameter(property = "lifeos.coverage.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * The ref this branch is compared with, e.g. {@code origin/main}. Empty: {@code
   * origin/$GITHUB_BASE_REF} on a pull request, else every code line of the module counts.
   */
  @Parameter(property = "lifeos.baseRef")
  private String baseRef;

  /** JaCoCo's XML report with unit and integration test coverage merged. */
  @Parameter(
      property = "lifeos.coverage.diff.jacocoXml",
      defaultValue = "${project.reporting.outputDirectory}/jacoco/jacoco.xml")
  private File jacocoXml;

  /** Maven's {@code -DskipTests}: no tests ran, so there is no coverage to measure. */
  @Parameter(property = "skipTests", defaultValue = "false", readonly = true)
  private boolean skipTests;

  /** Maven's {@code -Dmaven.test.skip}: tests were neither compiled nor run. */
  @Parameter(property = "maven.test.skip", defaultValue = "false", readonly = true)
  private boolean mavenTestSkip;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    if ("pom".equals(project.getPackaging())) {
      getLog().info("Skipping diff-coverage: a pom module has no sources.");
      return;
    }
    if (skipTests || mavenTestSkip) {
      getLog()
          .info("Skipping diff-coverage: tests are skipped, so there is no coverage to measure.");
      return;
    }
    List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
    Path basedir = project.getBasedir().toPath();
    BranchDiff.Lookup lookup = BranchDiff.lookup(basedir, baseRef, environment());
    DiffCoverageResult result;
    if (lookup.diff().isEmpty()) {
      getLog()
          .info(
              lookup.missing()
                  + ": diff-coverage measures every code line of the module. Set"
                  + " -Dlifeos.baseRef=origin/main to measure only this branch's change.");
      result = DiffCoverage.measureWholeModule(basedir, jacocoXml.toPath(), sourceRoots, minimum);
    } else {
      try (BranchDiff diff = lookup.diff().get()) {
        result = DiffCoverage.measure(diff, jacocoXml.toPath(), sourceRoots, minimum);
      }
    }
    report(result);
    if (!result.passed()) {
      String message =
          DiffCoverageReport.failureMessage(
              result, reportDirectory.toPath().resolve(MARKDOWN_REPORT).toString());
      if (!failOnViolation) {
        getLog().warn(message);
        getLog().warn("lifeos.coverage.failOnViolation=false: diff coverage only warns.");
        return;
      }
      throw new GateFailure(message);
    }
  }

  private void report(DiffCoverageResult result) throws Exception {
    getLog().info(DiffCoverageReport.summary(result));
    DiffCoverageReport.fileLines(result).forEach(getLog()::info);
    GateReport.in(reportDirectory.toPath())
        .json(JSON_REPORT, DiffCoverageReport.json(result))
        .markdown(MARKDOWN_REPORT, DiffCoverageReport.markdown(result, project.getArtifactId()))
        .write(environment());
  }
}
