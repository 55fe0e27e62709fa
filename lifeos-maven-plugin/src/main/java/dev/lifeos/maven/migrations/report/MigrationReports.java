package dev.lifeos.maven.migrations.report;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.report.ReportFiles;
import dev.lifeos.maven.report.StepSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The three reports of check-migrations, in {@code target/lifeos/migrations/}. */
public final class MigrationReports {
  public static final String JSON = "report.json";
  public static final String SARIF = "findings.sarif";
  public static final String MARKDOWN = "summary.md";

  private MigrationReports() {}

  /** Writes all three and appends the Markdown to the step summary; returns the files. */
  public static List<Path> write(CheckResult result, Path directory, StepSummary summary)
      throws IOException {
    Path json = directory.resolve(JSON);
    Path sarif = directory.resolve(SARIF);
    Path markdown = directory.resolve(MARKDOWN);
    ReportFiles.writeJson(json, JsonReport.of(result));
    ReportFiles.writeJson(sarif, SarifReport.of(result));
    String text = MarkdownSummary.of(result);
    ReportFiles.writeText(markdown, text);
    summary.append(text);
    return List.of(json, sarif, markdown);
  }
}
