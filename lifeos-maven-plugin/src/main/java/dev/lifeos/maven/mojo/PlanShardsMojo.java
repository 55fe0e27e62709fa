package dev.lifeos.maven.mojo;

import dev.lifeos.maven.report.GateReport;
import dev.lifeos.maven.timing.ShardPlan;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Splits this build's modules into shards of about equal time for parallel CI jobs, sized by the
 * build-timing reports of earlier runs. The modules are those whose tests this build runs: in a
 * pull request, the ones the change affects (the affected-modules selection has already left the
 * others out, and the ones they only depend on skip their tests). Writes {@code
 * target/lifeos/shards.json} and, in GitHub Actions, {@code shards=<matrix JSON>} to {@code
 * $GITHUB_OUTPUT} for a job matrix: each shard's {@code args} select it ({@code -pl :a,:b -am}).
 */
@Mojo(name = "plan-shards", aggregator = true, threadSafe = true)
public class PlanShardsMojo extends LifeosMojo {
  static final String OUTPUT_NAME = "shards";

  /** Skips the plan. */
  @Parameter(property = "lifeos.shards.skip", defaultValue = "false")
  private boolean skip;

  /** How many shards at most (parallel jobs). */
  @Parameter(property = "lifeos.shards", defaultValue = "1")
  private int shards;

  /**
   * Where earlier runs' build-timing reports are: every {@code *.json} under it (the LifeOS
   * workflows restore them there from the Actions cache); oldest first by modification time.
   */
  @Parameter(
      property = "lifeos.shards.history",
      defaultValue = "${session.executionRootDirectory}/target/lifeos/timings")
  private File history;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    List<String> modules =
        session.getProjects().stream()
            .filter(p -> !"pom".equals(p.getPackaging()))
            .filter(PlanShardsMojo::runsTests)
            .map(MavenProject::getArtifactId)
            .toList();
    List<Path> reports = reports(history.toPath());
    Map<String, Long> times = ShardPlan.moduleTimes(reports);
    List<ShardPlan.Shard> plan = ShardPlan.plan(modules, times, Math.max(1, shards));
    String matrix = ShardPlan.matrix(plan);
    getLog()
        .info(
            modules.size()
                + " modules in "
                + plan.size()
                + " shards, sized by "
                + reports.size()
                + " earlier timing reports ("
                + times.size()
                + " modules known):");
    for (ShardPlan.Shard shard : plan) {
      getLog()
          .info(
              "  "
                  + shard.name()
                  + " (~"
                  + shard.estimatedMillis() / 1000
                  + " s): "
                  + (shard.modules().isEmpty() ? "-" : String.join(", ", shard.modules())));
    }
    GateReport.in(reportDirectory.toPath())
        .text("shards.json", matrix + "\n")
        .outputs(Map.of(OUTPUT_NAME, matrix))
        .write(environment());
  }

  /** False for a module the affected-modules selection builds only for others (tests skipped). */
  private static boolean runsTests(MavenProject project) {
    return !Boolean.parseBoolean(project.getProperties().getProperty("maven.test.skip"));
  }

  private static List<Path> reports(Path directory) throws java.io.IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory, 3)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
          .forEach(found::add);
    }
    found.sort(Comparator.comparingLong(f -> f.toFile().lastModified()));
    return found;
  }
}
