package dev.lifeos.maven.mojo;

import dev.lifeos.maven.security.BackgroundAnalysis;
import dev.lifeos.maven.security.SpotBugsInvocation;
import dev.lifeos.maven.support.DurationText;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Waits for the SpotBugs analysis lifeos:security-analyze started beside the build (no longer than
 * spotbugs-maven-plugin's {@code timeout}, counted from its start), so that {@code spotbugs:verify}
 * reads a complete report. An analysis that failed or ran out of time fails the build with the end
 * of its log, unless spotbugs-maven-plugin's {@code failOnError} is false. Bugs are not judged
 * here: {@code spotbugs:verify} does, with the plugin's own thresholds.
 */
@Mojo(name = "security-await", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class SecurityAwaitMojo extends LifeosMojo {
  /** Switches the security gate off; this goal then does nothing either. */
  @Parameter(property = "lifeos.security.skip", defaultValue = "false")
  private boolean skip;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    BackgroundAnalyses analyses =
        BuildEvents.of(session, getLog())
            .watcher(BackgroundAnalyses.class, BackgroundAnalyses::new);
    Optional<BackgroundAnalyses.Pending> started = analyses.take(project);
    if (started.isEmpty()) {
      return; // not started: skipped, nothing to analyse, or given back to spotbugs-maven-plugin
    }
    BackgroundAnalyses.Pending pending = started.get();
    if (pending.analysis() == null && !hasClasses(pending.classDirectories())) {
      getLog().info("No classes for SpotBugs to analyse.");
      return;
    }
    try (BackgroundAnalysis analysis = startedOrStart(pending, analyses)) {
      judge(pending, analysis, analysis.await(pending.timeout()));
    }
  }

  /**
   * The analysis security-analyze started, or (includeTests: the test classes exist now) a new one.
   */
  private static BackgroundAnalysis startedOrStart(
      BackgroundAnalyses.Pending pending, BackgroundAnalyses analyses) throws IOException {
    if (pending.analysis() != null) {
      return pending.analysis();
    }
    BackgroundAnalysis analysis = pending.launch().start();
    analyses.started(analysis);
    return analysis;
  }

  private void judge(
      BackgroundAnalyses.Pending pending,
      BackgroundAnalysis analysis,
      BackgroundAnalysis.Outcome outcome)
      throws GateFailure {
    if (outcome.succeeded()) {
      getLog()
          .info(
              (pending.analysis() == null
                      ? "SpotBugs analysed in " + DurationText.of(outcome.ran())
                      : "SpotBugs analysed beside the build in "
                          + DurationText.of(outcome.ran())
                          + "; waited "
                          + DurationText.of(outcome.waited())
                          + " for it")
                  + ". Report: "
                  + inModule(pending.report())
                  + ".");
      return;
    }
    String failure =
        (outcome.finished()
                ? "SpotBugs failed (exit code " + outcome.exitCode() + ")"
                : "SpotBugs did not finish within spotbugs.timeout ("
                    + DurationText.of(pending.timeout())
                    + ") and was stopped")
            + ". The end of its log, "
            + analysis.log()
            + ":\n"
            + outcome.tail()
            + "\n"
            + (outcome.finished()
                ? "If it ran out of memory, raise spotbugs.maxHeap"
                : "Raise spotbugs.timeout (milliseconds)")
            + "; "
            + SpotBugsInvocation.FOREGROUND
            + " lets spotbugs-maven-plugin analyse in the build instead.";
    if (pending.failOnError()) {
      throw new GateFailure(failure);
    }
    getLog().warn(failure + " (spotbugs.failOnError is false: the build goes on)");
  }
}
