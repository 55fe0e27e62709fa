package dev.lifeos.maven.workflows;

import java.util.List;

/**
 * What check-workflows found: the files it checked, the workflows it left alone because they do not
 * call a LifeOS pipeline, and the violations, in file and line order. Written as JSON to {@code
 * target/lifeos/workflows/report.json} and as Markdown to the step summary.
 */
public record WorkflowReport(
    List<String> files, List<String> notChecked, List<Violation> violations) {
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

  public String toMarkdown() {
    StringBuilder md =
        new StringBuilder("### LifeOS workflows\n\n").append(summary()).append(".\n");
    if (!notChecked.isEmpty()) {
      md.append("\n").append(notCheckedSummary()).append(".\n");
    }
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
