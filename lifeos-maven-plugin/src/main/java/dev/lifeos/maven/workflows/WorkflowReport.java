package dev.lifeos.maven.workflows;

import java.util.List;

/**
 * What check-workflows found: the files it read and the violations, in file and line order. Written
 * as JSON to {@code target/lifeos/workflows/report.json} and as Markdown to the step summary.
 */
public record WorkflowReport(List<String> files, List<Violation> violations) {
  public WorkflowReport {
    files = List.copyOf(files);
    violations = List.copyOf(violations);
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

  public String toMarkdown() {
    StringBuilder md =
        new StringBuilder("### LifeOS workflows\n\n").append(summary()).append(".\n");
    if (!violations.isEmpty()) {
      md.append("\n| where | rule | problem |\n|---|---|---|\n");
      for (Violation v : violations) {
        md.append("| `")
            .append(v.file())
            .append(':')
            .append(v.line())
            .append("` | ")
            .append(v.rule())
            .append(" | ")
            .append(v.message().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return md.toString();
  }
}
