package dev.lifeos.maven.migrations.report;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.report.GateReport;
import java.io.IOException;
import java.nio.file.Path;

/** The three reports of check-migrations, in {@code target/lifeos/migrations/}. */
public final class MigrationReports {
  public static final String JSON = "report.json";
  public static final String SARIF = "findings.sarif";
  public static final String MARKDOWN = "summary.md";

  private MigrationReports() {}

  /** All three in {@code directory}, the Markdown also the step summary's section. */
  public static GateReport of(CheckResult result, Path directory) throws IOException {
    return GateReport.in(directory)
        .json(JSON, JsonReport.of(result))
        .sarif(SARIF, SarifReport.of(result))
        .markdown(MARKDOWN, MarkdownSummary.of(result));
  }
}
