package dev.lifeos.maven.coverage;

import static dev.lifeos.maven.coverage.DiffCoverageResult.percent;
import static dev.lifeos.maven.report.Markdown.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The words and tables of a diff-coverage result: log lines, failure, JSON and Markdown. */
public final class DiffCoverageReport {
  private DiffCoverageReport() {}

  /** The one-line verdict every run prints. */
  public static String summary(DiffCoverageResult result) {
    if (result.changedLines() == 0) {
      return "Diff coverage: no changed code lines since "
          + result.comparedWith()
          + " in this module's sources; nothing to measure, gate passes.";
    }
    return "Diff coverage since "
        + result.comparedWith()
        + ": "
        + result.coveredLines()
        + " of "
        + result.changedLines()
        + " changed code lines covered ("
        + percent(result.ratio())
        + "), minimum "
        + percent(result.minimum())
        + ".";
  }

  /** One line per file: how much of its change ran, and which lines did not. */
  public static List<String> fileLines(DiffCoverageResult result) {
    List<String> lines = new ArrayList<>();
    for (FileCoverage file : result.files()) {
      String line =
          "  "
              + file.path()
              + ": "
              + file.coveredLines()
              + " of "
              + file.changedLines()
              + " covered";
      lines.add(
          file.uncovered().isEmpty() ? line : line + ", not covered: " + file.uncoveredText());
    }
    return lines;
  }

  public static String failureMessage(DiffCoverageResult result, String reportFile) {
    StringBuilder message =
        new StringBuilder("Diff coverage ")
            .append(percent(result.ratio()))
            .append(" (")
            .append(result.coveredLines())
            .append(" of ")
            .append(result.changedLines())
            .append(" changed code lines since ")
            .append(result.comparedWith())
            .append(") is below the minimum of ")
            .append(percent(result.minimum()))
            .append(". Lines no test runs:");
    for (FileCoverage file : result.filesWithUncoveredLines()) {
      message.append("\n  ").append(file.path()).append(": ").append(file.uncoveredText());
    }
    return message
        .append("\nAdd tests that run these lines (report: ")
        .append(reportFile)
        .append("), or set -Dlifeos.coverage.diff.minimum to the ratio your team agreed on.")
        .toString();
  }

  /** The JSON report: stable keys, ratios as numbers, line ranges as "12-15". */
  public static Map<String, Object> json(DiffCoverageResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("comparedWith", result.comparedWith());
    json.put("minimum", result.minimum());
    json.put("changedLines", result.changedLines());
    json.put("coveredLines", result.coveredLines());
    json.put("ratio", result.ratio());
    json.put("passed", result.passed());
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileCoverage file : result.files()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("path", file.path());
      entry.put("changedLines", file.changedLines());
      entry.put("coveredLines", file.coveredLines());
      entry.put("uncovered", file.uncovered().stream().map(Object::toString).toList());
      files.add(entry);
    }
    json.put("files", files);
    return json;
  }

  public static String markdown(DiffCoverageResult result, String module) {
    StringBuilder md =
        new StringBuilder("### Diff coverage: ")
            .append(module)
            .append(result.passed() ? " :white_check_mark:" : " :x:")
            .append("\n\n")
            .append(summary(result))
            .append("\n");
    if (result.files().isEmpty()) {
      return md.toString();
    }
    md.append("\n| file | changed code lines | covered | not covered |\n|---|---:|---:|---|\n");
    for (FileCoverage file : result.files()) {
      md.append("| ")
          .append(code(file.path()))
          .append(" | ")
          .append(file.changedLines())
          .append(" | ")
          .append(file.coveredLines())
          .append(" | ")
          .append(file.uncoveredText())
          .append(" |\n");
    }
    return md.toString();
  }
}
