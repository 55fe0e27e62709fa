package dev.lifeos.maven.mojo;

import dev.lifeos.maven.report.GateReport;
import dev.lifeos.maven.timing.Execution;
import dev.lifeos.maven.timing.TimingRecorder;
import dev.lifeos.maven.timing.TimingReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** Times every mojo execution of the build and writes the report when the session ends. */
final class TimingWatcher implements BuildEvents.Watcher {
  static final String JSON_REPORT = "timings.json";
  static final String MARKDOWN_REPORT = "timings.md";

  private final TimingRecorder recorder;
  private final Path directory;
  private final String pipeline;
  private final Map<String, String> environment;
  private final Log log;

  TimingWatcher(
      TimingRecorder recorder,
      Path directory,
      String pipeline,
      Map<String, String> environment,
      Log log) {
    this.recorder = recorder;
    this.directory = directory;
    this.pipeline = pipeline;
    this.environment = environment;
    this.log = log;
  }

  static Execution execution(ExecutionEvent event) {
    MojoExecution mojo = event.getMojoExecution();
    return new Execution(
        event.getProject().getArtifactId(),
        mojo.getGroupId(),
        mojo.getArtifactId(),
        mojo.getVersion(),
        mojo.getGoal(),
        mojo.getExecutionId(),
        mojo.getLifecyclePhase() == null ? "" : mojo.getLifecyclePhase());
  }

  @Override
  public void mojoStarted(ExecutionEvent event) {
    recorder.started(execution(event));
  }

  @Override
  public void mojoFinished(ExecutionEvent event, boolean succeeded) {
    recorder.finished(execution(event), succeeded);
  }

  /**
   * The reactor's modules that this build does not build (-pl, or the affected-modules selection).
   */
  static List<String> leftOut(MavenSession session) {
    List<MavenProject> all = session.getAllProjects();
    if (all == null) {
      return List.of();
    }
    Set<MavenProject> built = new HashSet<>(session.getProjects());
    return all.stream().filter(p -> !built.contains(p)).map(MavenProject::getArtifactId).toList();
  }

  @Override
  public void sessionEnded(ExecutionEvent event) {
    TimingReport report =
        new TimingReport(
            pipeline,
            event.getSession().getRequest().getDegreeOfConcurrency(),
            recorder.elapsedMillis(),
            !event.getSession().getResult().hasExceptions(),
            recorder.executions(),
            leftOut(event.getSession()));
    try {
      GateReport.in(directory)
          .json(JSON_REPORT, report.json())
          .markdown(MARKDOWN_REPORT, report.markdown())
          .write(environment);
      if (!report.leftOut().isEmpty()) {
        log.info(
            report.leftOut().size()
                + " modules not built, unaffected by the change: "
                + String.join(", ", report.leftOut()));
      }
      log.info(
          "Build timings of "
              + report.executions().size()
              + " plugin executions by stage: "
              + directory.resolve(MARKDOWN_REPORT));
    } catch (IOException e) {
      log.warn("Could not write the build-timing report to " + directory + ": " + e.getMessage());
    }
  }
}
