package dev.lifeos.maven.mojo;

import dev.lifeos.maven.timing.StageRules;
import dev.lifeos.maven.timing.TimingRecorder;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Switches on the build-timing report (spec 8.3, "build duration by stage"): from here to the end
 * of the build, every plugin execution of every module is timed, and when the build ends (passed or
 * failed) {@code timings.json} and {@code timings.md} are written, with the time per stage (lint,
 * typecheck, security, unit_tests, integration_tests, coverage, build, ...) and every execution.
 * The Markdown also goes to the GitHub step summary. Works with {@code -T}.
 *
 * <p>{@code lifeos-parent} binds it first in {@code validate} (and in {@code pre-clean}, so {@code
 * clean} is timed too). Running it again in the same build does nothing.
 */
@Mojo(name = "timings", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class TimingsMojo extends LifeosMojo {
  /** Skips the timing report. */
  @Parameter(property = "lifeos.timings.skip", defaultValue = "false")
  private boolean skip;

  /** Where the report goes: the build's root, so a multi-module build gets one report. */
  @Parameter(
      property = "lifeos.timings.directory",
      defaultValue = "${session.executionRootDirectory}/target/lifeos/timings")
  private File directory;

  /**
   * Extra stage rules, {@code plugin[:goal]=stage} comma-separated, winning over the built-in ones:
   * e.g. {@code maven-antrun-plugin=build, exec-maven-plugin:exec=smoke_test}. Plugins no rule
   * names are reported as {@code other}.
   */
  @Parameter(property = "lifeos.timings.stages")
  private String stages;

  /** The pipeline the report names; the profiles set it. */
  @Parameter(property = "lifeos.pipeline", defaultValue = "local")
  private String pipeline;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    StageRules rules = StageRules.withExtra(stages);
    BuildEvents.of(session, getLog())
        .watcher(
            TimingWatcher.class,
            () -> {
              getLog().info("Timing every plugin execution; report at the end of the build.");
              return new TimingWatcher(
                  new TimingRecorder(rules, System::nanoTime),
                  directory.toPath(),
                  pipeline,
                  environment(),
                  getLog());
            });
  }
}
