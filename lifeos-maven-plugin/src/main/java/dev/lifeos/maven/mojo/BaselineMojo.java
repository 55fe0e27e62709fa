package dev.lifeos.maven.mojo;

import dev.lifeos.maven.baseline.Baseline;
import dev.lifeos.maven.baseline.Baseline.CompilerEntry;
import dev.lifeos.maven.baseline.BaselineFile;
import dev.lifeos.maven.baseline.BaselineReport;
import dev.lifeos.maven.baseline.MigrationBaseline;
import dev.lifeos.maven.baseline.SpotBugsBaseline;
import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records today's findings of every gate that has them into one file under version control, {@code
 * lifeos-baseline.json}: the files Spotless would reformat, the error-level findings of Error Prone
 * and NullAway, SpotBugs' bugs and the migrations with dangerous operations. From then on the gates
 * pass over those and fail on any other finding, so a service that adopts LifeOS starts green and
 * only gets better.
 *
 * <p>{@code ./mvnw lifeos:baseline} builds the module up to verify first, with the gates reporting
 * instead of failing and tests skipped ({@code lifeos:ratchet} switches them), then writes the
 * file. Run it again whenever findings were fixed: it drops their entries and says how many went.
 * It never adds an entry for a compile error.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.VERIFY)
public class BaselineMojo extends MigrationsMojo {
  /** Switches the baseline off: this goal records nothing, and the gates ignore the file. */
  @Parameter(property = "lifeos.baseline.skip", defaultValue = "false")
  private boolean skip;

  /** Where the baseline is written. */
  @Parameter(
      property = "lifeos.baseline.file",
      defaultValue = "${project.basedir}/" + BaselineFile.DEFAULT_NAME)
  private File baselineFile;

  /** SpotBugs' XML report, as the verify phase left it. */
  @Parameter(defaultValue = "${project.build.directory}/spotbugsXml.xml", readonly = true)
  private File spotbugsXml;

  @Component private LifecycleExecutor lifecycle;
  @Component private BuildPluginManager plugins;

  @Override
  protected boolean skip() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    Path basedir = project.getBasedir().toPath();
    Path work = reportDirectory.toPath().resolve("baseline");
    Baseline before = BaselineFile.read(baselineFile.toPath());
    Baseline after =
        new Baseline(
            new SpotlessRecording(session, lifecycle, plugins)
                .unformatted(project, work.resolve("spotless")),
            compilerFindings(),
            fresh(spotbugsXml.toPath()) ? SpotBugsBaseline.read(spotbugsXml.toPath()) : List.of(),
            migrations(basedir));
    BaselineReport.changes(before, after).forEach(getLog()::info);
    if (after.isEmpty()) {
      if (Files.deleteIfExists(baselineFile.toPath())) {
        getLog().info("Nothing left to baseline: deleted " + baselineFile.getName() + ".");
      } else {
        getLog().info("Nothing to baseline: every gate passes as it is.");
      }
      return;
    }
    BaselineFile.write(baselineFile.toPath(), after);
    getLog()
        .info(
            "Wrote "
                + baselineFile.getName()
                + ": "
                + after.describe()
                + ". Review and commit it: from now on the gates fail only on new findings.");
  }

  /** What the typecheck wrote down while this build compiled (main and test). */
  private List<CompilerEntry> compilerFindings() throws Exception {
    Path work = TypecheckMojo.workDirectory(reportDirectory);
    List<CompilerEntry> entries = new ArrayList<>();
    for (TypecheckMojo.SourceSet set : TypecheckMojo.SourceSet.values()) {
      Path recorded = TypecheckMojo.recordedFindings(work, set);
      if (fresh(recorded)) {
        entries.addAll(BaselineFile.read(recorded).compiler());
      }
    }
    return entries;
  }

  private List<Baseline.MigrationEntry> migrations(Path basedir) throws Exception {
    MigrationSettings settings = settings();
    return MigrationBaseline.record(
        MigrationCatalog.read(layout().locations(settings), settings).migrations(),
        scanner(),
        basedir);
  }

  /** Written by this build: a report left by an earlier one says nothing about today's code. */
  private boolean fresh(Path file) throws IOException {
    return Files.isRegularFile(file)
        && Files.getLastModifiedTime(file).toMillis() >= session.getStartTime().getTime() - 1000;
  }
}
