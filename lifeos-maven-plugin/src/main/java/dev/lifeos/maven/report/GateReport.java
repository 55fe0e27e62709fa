package dev.lifeos.maven.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a goal hands to {@code report/} once it has its result: the files of its folder under {@code
 * target/lifeos/} (JSON trees, a SARIF log, text such as Markdown or JUnit XML), the Markdown
 * section for the GitHub step summary and the step outputs for later jobs. What each document says
 * is the goal's ({@code migrations/report/}, {@code workflows/WorkflowReport}, {@code
 * smoke/SmokeReports}, {@code image/ImageReport}); {@link #write} writes every goal's the same way:
 * JSON by Jackson ({@link ReportFiles#JSON}), each file whole or not at all, in the order given.
 */
public final class GateReport {
  private final Path folder;
  private final Map<String, byte[]> files = new LinkedHashMap<>();
  private final StringBuilder summary = new StringBuilder();
  private final Map<String, String> outputs = new LinkedHashMap<>();

  private GateReport(Path folder) {
    this.folder = folder;
  }

  /** A report whose files go to {@code folder} ({@code target/lifeos/<gate>}). */
  public static GateReport in(Path folder) {
    return new GateReport(folder);
  }

  /** {@code file}: a JSON tree (a Jackson node, a map, a record) written by Jackson. */
  public GateReport json(String file, Object tree) throws IOException {
    files.put(file, ReportFiles.JSON.writeValueAsBytes(tree));
    return this;
  }

  /** {@code file}: a SARIF log. */
  public GateReport sarif(String file, Sarif log) throws IOException {
    return json(file, log.json());
  }

  /** {@code file}: text as it is (JUnit XML, a Markdown file that is not the summary). */
  public GateReport text(String file, String text) {
    files.put(file, text.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** {@code file}: Markdown, which is also the step summary's section. */
  public GateReport markdown(String file, String markdown) {
    return text(file, markdown).summary(markdown);
  }

  /** A section of the step summary only. */
  public GateReport summary(String markdown) {
    summary.append(markdown);
    return this;
  }

  /** Step outputs, in the map's order. */
  public GateReport outputs(Map<String, String> values) {
    outputs.putAll(values);
    return this;
  }

  /**
   * Writes the files, appends the summary to {@code $GITHUB_STEP_SUMMARY} and the outputs to {@code
   * $GITHUB_OUTPUT} when {@code environment} names them; returns the files written.
   */
  public List<Path> write(Map<String, String> environment) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = folder.resolve(file.getKey());
      ReportFiles.write(path, file.getValue());
      written.add(path);
    }
    if (!summary.isEmpty()) {
      StepSummary.from(environment).append(summary.toString());
    }
    if (!outputs.isEmpty()) {
      GitHubOutput.from(environment).set(outputs);
    }
    return written;
  }
}
