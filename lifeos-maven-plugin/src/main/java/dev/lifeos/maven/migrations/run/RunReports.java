package dev.lifeos.maven.migrations.run;

import static dev.lifeos.maven.report.Markdown.cell;
import static dev.lifeos.maven.report.Markdown.code;

import dev.lifeos.maven.report.ReportFiles;
import dev.lifeos.maven.report.StepSummary;
import dev.lifeos.maven.support.DurationText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The reports of run-migrations in {@code target/lifeos/migrations/}: {@code run.json} for
 * machines, {@code run-summary.md} for people (appended to the GitHub step summary, where the
 * release's reviewers read which migrations staging ran before they approve production).
 */
public final class RunReports {
  public static final String JSON = "run.json";
  public static final String MARKDOWN = "run-summary.md";

  private RunReports() {}

  /** Writes both, every text passed through {@code mask}; returns the files. */
  public static List<Path> write(
      RunResult result, Path directory, StepSummary summary, UnaryOperator<String> mask)
      throws IOException {
    Path json = directory.resolve(JSON);
    Path markdown = directory.resolve(MARKDOWN);
    ReportFiles.writeText(
        json, mask.apply(ReportFiles.JSON.writeValueAsString(json(result))) + "\n");
    String text = mask.apply(markdown(result));
    ReportFiles.writeText(markdown, text);
    summary.append(text);
    return List.of(json, markdown);
  }

  static Map<String, Object> json(RunResult result) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("environment", result.environment().id());
    report.put("database", result.database());
    report.put("outcome", result.outcome().id());
    report.put("versionBefore", result.versionBefore().orElse(null));
    report.put("versionAfter", result.versionAfter().orElse(null));
    report.put("latest", result.latest().orElse(null));
    report.put("pending", result.pending().stream().map(RunReports::step).toList());
    report.put("applied", result.applied().stream().map(RunReports::step).toList());
    report.put("millis", result.took().toMillis());
    report.put("failure", result.failure().orElse(null));
    return report;
  }

  private static Map<String, Object> step(RunResult.Step step) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", step.key());
    json.put("description", step.description());
    json.put("script", step.script());
    json.put("millis", step.millis());
    return json;
  }

  static String markdown(RunResult result) {
    String environment = result.environment().id();
    StringBuilder text = new StringBuilder("### ");
    switch (result.outcome()) {
      case UP_TO_DATE ->
          text.append("Migrations on ")
              .append(environment)
              .append(": up to date at version ")
              .append(result.versionAfter().orElse("-"))
              .append(", nothing applied\n");
      case APPLIED ->
          text.append("Migrations applied to ")
              .append(environment)
              .append(": version ")
              .append(result.versionBefore().orElse("(empty)"))
              .append(" → ")
              .append(result.versionAfter().orElse("-"))
              .append('\n');
      case FAILED -> text.append("❌ Migrations on ").append(environment).append(" failed\n");
    }
    text.append("\n`").append(result.database()).append("`\n");
    if (!result.pending().isEmpty()) {
      text.append("\n| migration | file | applied in |\n|---|---|---|\n");
      for (RunResult.Step pending : result.pending()) {
        String time =
            result.applied().stream()
                .filter(a -> a.key().equals(pending.key()))
                .findFirst()
                .map(a -> DurationText.of(a.millis()))
                .orElse(result.passed() ? "by another run" : "not applied");
        text.append("| ")
            .append(cell(pending.label()))
            .append(" | ")
            .append(code(pending.script()))
            .append(" | ")
            .append(time)
            .append(" |\n");
      }
    }
    result.failure().ifPresent(failure -> text.append("\n```\n").append(failure).append("\n```\n"));
    return text.toString();
  }
}
