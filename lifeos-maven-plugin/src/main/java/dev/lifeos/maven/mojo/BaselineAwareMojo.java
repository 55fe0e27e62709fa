package dev.lifeos.maven.mojo;

import dev.lifeos.maven.baseline.Baseline;
import dev.lifeos.maven.baseline.BaselineFile;
import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Parameter;

/** Goals that judge findings against {@code lifeos-baseline.json} (docs/goals/baseline.md). */
abstract class BaselineAwareMojo extends LifeosMojo {
  /** The baseline of accepted findings that {@code lifeos:baseline} records. */
  @Parameter(
      property = "lifeos.baseline.file",
      defaultValue = "${project.basedir}/" + BaselineFile.DEFAULT_NAME)
  private File baselineFile;

  /** Ignores the baseline: every finding counts. */
  @Parameter(property = "lifeos.baseline.skip", defaultValue = "false")
  private boolean baselineSkip;

  /** The baseline; empty when it is switched off, and while {@code lifeos:baseline} records. */
  protected final Baseline baseline() throws GateFailure, IOException {
    return baselineSkip || BaselineRecording.isOn(session)
        ? Baseline.EMPTY
        : BaselineFile.read(baselineFile.toPath());
  }

  protected final String baselineName() {
    return baselineFile.getName();
  }
}
