package dev.lifeos.maven.workflows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeos.maven.report.GateReport;
import dev.lifeos.maven.report.Markdown;
import dev.lifeos.maven.report.ReportFiles;
import dev.lifeos.maven.rules.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What check-workflows found: the files it checked, the workflows it left alone because they do not
 * call a LifeOS pipeline, and the violations, in file and line order. Written as JSON to {@code
 * target/lifeos/workflows/report.json} and as Markdown to the step summary.
 */
public record WorkflowReport(
    List<String> files, List<String> notChecked, List<Finding> violations) {
  public WorkflowReport {
    files = List.copyOf(files);
    notChecked = List.copyOf(notChecked);
    violations = List.copyOf(violations);
  }

  /**
   * One line about the workflows left alone, or empty: "2 workflows do not call a LifeOS pipeline
   * and were not checked: build.yml, codeql.yml".
   */
  public String notCheckedSummary() {
    if (notChecked.isEmpty()) {
      return "";
    }
    return notChecked.size()
        + (notChecked.size() == 1 ? " workflow does" : " workflows do")
        + " not call a LifeOS pipeline and "
        + (notChecked.size() == 1 ? "was" : "were")
        + " not checked: "
        + String.join(", ", notChecked);
  }

  public boolean passed() {
    return violations.isEmpty();
  }

  /** One line: "4 workflows checked: 2 problems". */
  public String summary() {
    return files.size()
        + (files.size() == 1 ? " workflow" : " workflows")
        + " checked: "
        + (violations.isEmpty()
            ? "no problems"
            : violations.size() + (violations.size() == 1 ? " problem" : " problems"));
  }

  /**
   * {@code report.json}: the files, those not checked, each finding's file, line, rule and message.
   */
  public ObjectNode toJson() {
    ObjectNode root = ReportFiles.JSON.createObjectNode();
    files.forEach(root.putArray("files")::add);
    notChecked.forEach(root.putArray("notChecked")::add);
    ArrayNode found = root.putArray("violations");
    for (Finding v : violations) {
      found
          .addObject()
          .put("file", v.file().toString())
          .put("line", v.line())
          .put("rule", v.rule().id())
          .put("message", v.message());
    }
    return root;
  }

  /** {@code report.json} in {@code folder}, and the Markdown for the step summary. */
  public GateReport report(Path folder) throws IOException {
    return GateReport.in(folder).json("report.json", toJson()).summary(toMarkdown());
  }

  public String toMarkdown() {
    StringBuilder md =
        new StringBuilder("### LifeOS workflows\n\n").append(summary()).append(".\n");
    if (!notChecked.isEmpty()) {
      md.append("\n").append(notCheckedSummary()).append(".\n");
    }
    if (!violations.isEmpty()) {
      md.append("\n| where | rule | problem |\n|---|---|---|\n");
      for (Finding v : violations) {
        md.append("| ")
            .append(Markdown.code(v.file() + ":" + v.line()))
            .append(" | ")
            .append(v.rule().id())
            .append(" | ")
            .append(Markdown.cell(v.message()))
            .append(" |\n");
      }
    }
    return md.toString();
  }
}
