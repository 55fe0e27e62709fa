package dev.lifeos.maven.mojo;

import static dev.lifeos.maven.support.Words.plural;

import dev.lifeos.maven.baseline.Baseline;
import dev.lifeos.maven.baseline.FormattingBaseline;
import dev.lifeos.maven.baseline.SpotBugsBaseline;
import dev.lifeos.maven.git.BaseRef;
import dev.lifeos.maven.git.BranchDiff;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Points the gates at what is new: Spotless checks only the files changed since the base ref (its
 * own {@code ratchetFrom}), and the findings {@code lifeos-baseline.json} accepted are left out of
 * Spotless (unformatted files, while unchanged) and SpotBugs (its {@code excludeBugsFile}).
 * check-migrations and the typecheck read the baseline themselves. One info line says what the
 * baseline holds, one warning what of it can go.
 *
 * <p>Bound by lifeos-parent at validate, before Spotless. It hands its results over through project
 * properties the parent deliberately does not define ({@value #RATCHET_FROM}, {@value
 * #SPOTLESS_EXCLUDES}, {@value #SPOTBUGS_EXCLUDE_FILE}): Maven evaluates them when it configures
 * Spotless and SpotBugs, after this goal ran.
 *
 * <p>While {@code lifeos:baseline} records, it switches the gates to reporting: Spotless' check,
 * SpotBugs' failure and the migration approval requirement are off, and tests are skipped. In a
 * build that only runs the application ({@code spring-boot:run}) Spotless' check is off.
 */
@Mojo(name = "ratchet", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class RatchetMojo extends BaselineAwareMojo {
  static final String RATCHET_FROM = "lifeos.lint.ratchetFrom";
  static final String SPOTLESS_EXCLUDES = "lifeos.lint.baselineExcludes";
  static final String SPOTBUGS_EXCLUDE_FILE = "lifeos.security.effectiveExcludeBugsFile";

  /** Switches this goal off: no ratchet, no baseline for Spotless and SpotBugs. */
  @Parameter(property = "lifeos.ratchet.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Spotless checks only files changed since the base ref (lifeos-parent: true in the {@code pr}
   * profile). Without a base ref it checks every file of the module.
   */
  @Parameter(property = "lifeos.lint.ratchet", defaultValue = "false")
  private boolean ratchet;

  /**
   * The ref this branch is compared with ({@code origin/main}). Empty: {@code
   * origin/$GITHUB_BASE_REF} on a pull request, else none.
   */
  @Parameter(property = "lifeos.baseRef")
  private String baseRef;

  /**
   * A SpotBugs XML report (or exclude file) of your own whose bugs SpotBugs skips too, besides the
   * baseline's.
   */
  @Parameter(property = "lifeos.security.excludeBugsFile")
  private File excludeBugsFile;

  @Override
  protected boolean isSkipped() {
    return skip || "pom".equals(project.getPackaging());
  }

  @Override
  protected void run() throws Exception {
    if (BaselineRecording.isOn(session)) {
      reportInsteadOfFailing();
      return;
    }
    Optional<String> applicationRun = applicationRun("lint is not checked");
    if (applicationRun.isPresent()) {
      project.getProperties().setProperty("spotless.check.skip", "true");
      getLog().info(applicationRun.get());
      return;
    }
    if (ratchet && !userSet(RATCHET_FROM)) {
      ratchetFrom().ifPresent(ref -> project.getProperties().setProperty(RATCHET_FROM, ref));
    }
    Baseline baseline = baseline();
    if (!baseline.isEmpty()) {
      getLog().info("Baseline " + baselineName() + " accepts " + baseline.describe() + ".");
    }
    spotlessSkips(baseline.formatting());
    spotBugsSkips(baseline.spotbugs());
  }

  /** While lifeos:baseline records, the gates write down what they find. */
  private void reportInsteadOfFailing() {
    Properties properties = project.getProperties();
    properties.setProperty("spotless.check.skip", "true");
    properties.setProperty("spotbugs.failOnError", "false");
    properties.setProperty("lifeos.migrations.requireApproval", "false");
    properties.setProperty("skipTests", "true");
    getLog()
        .info(
            "Recording the baseline: the gates report what they find instead of failing;"
                + " tests are skipped.");
  }

  /** Baselined unformatted files stay out of Spotless while their content is the recorded one. */
  private void spotlessSkips(List<Baseline.FormattingEntry> entries) throws IOException {
    FormattingBaseline formatting = FormattingBaseline.of(entries, project.getBasedir().toPath());
    if (!formatting.skipped().isEmpty()) {
      project
          .getProperties()
          .setProperty(SPOTLESS_EXCLUDES, String.join(",", formatting.skipped()));
    }
    if (!formatting.removable().isEmpty()) {
      getLog()
          .warn(
              plural(formatting.removable().size(), "baselined unformatted file")
                  + " changed since the baseline, so Spotless checks them again: "
                  + String.join(
                      ", ",
                      formatting.removable().stream().map(Baseline.FormattingEntry::file).toList())
                  + ". Once they pass, ./mvnw lifeos:baseline drops them.");
    }
  }

  /**
   * SpotBugs skips the baselined bugs (and those of excludeBugsFile) through its excludeBugsFile.
   */
  private void spotBugsSkips(List<Baseline.BugEntry> entries) throws Exception {
    List<Baseline.BugEntry> bugs = new ArrayList<>(entries);
    if (excludeBugsFile != null) {
      bugs.addAll(SpotBugsBaseline.read(excludeBugsFile.toPath()));
    }
    if (!bugs.isEmpty()) {
      Path file = reportDirectory.toPath().resolve("baseline/spotbugs-exclude.xml");
      SpotBugsBaseline.writeExcludeFile(file, bugs);
      project.getProperties().setProperty(SPOTBUGS_EXCLUDE_FILE, file.toString());
    }
  }

  /** The base ref, when there is one and the module is in a git work tree that has it. */
  private Optional<String> ratchetFrom() throws Exception {
    BranchDiff.Lookup lookup =
        BranchDiff.lookup(project.getBasedir().toPath(), baseRef, environment());
    if (lookup.baseRef().isEmpty()) {
      getLog().info(BaseRef.noneMessage("Spotless ratchet (every file of the module is checked)"));
      return Optional.empty();
    }
    if (lookup.diff().isEmpty()) {
      getLog().info("Not in a git work tree: Spotless checks every file of the module.");
      return Optional.empty();
    }
    lookup.diff().get().close();
    getLog().info("Spotless checks the files changed since " + lookup.baseRef().get() + ".");
    return lookup.baseRef();
  }
}
