package dev.lifeos.maven.migrations.report;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.Problem;

/** {@code summary.md}: the verdict and a table per kind of trouble, for the job summary. */
final class MarkdownSummary {
  private MarkdownSummary() {}

  static String of(CheckResult result) {
    StringBuilder md = new StringBuilder();
    md.append("## Migrations: ").append(result.passed() ? "passed" : "failed").append("\n\n");
    md.append(result.migrations().size()).append(" migrations");
    result
        .base()
        .ifPresentOrElse(
            base ->
                md.append(", ")
                    .append(result.scanned().size())
                    .append(" new on this branch against `")
                    .append(base.ref())
                    .append("` (fork point `")
                    .append(base.forkPoint(), 0, 10)
                    .append("`)"),
            () -> md.append(", all scanned (no base ref)"));
    result
        .apply()
        .ifPresent(
            apply ->
                md.append("; applied ")
                    .append(apply.applied())
                    .append(" to ")
                    .append(apply.database())
                    .append(" in ")
                    .append(apply.took().toMillis())
                    .append(" ms"));
    md.append(".\n\n");

    if (!result.problems().isEmpty()) {
      md.append("### Problems\n\n| file | line | check | problem | fix |\n|---|---|---|---|---|\n");
      for (Problem problem : result.problems()) {
        md.append("| `")
            .append(result.relative(problem.file()))
            .append("` | ")
            .append(problem.line() > 0 ? problem.line() : "")
            .append(" | ")
            .append(problem.check().id())
            .append(" | ")
            .append(cell(problem.message()))
            .append(" | ")
            .append(cell(problem.fix()))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (!result.findings().isEmpty()) {
      md.append("### Dangerous operations\n\n| file | line | rule | what | safer | approved |\n")
          .append("|---|---|---|---|---|---|\n");
      for (CheckedFinding checked : result.findings()) {
        md.append("| `")
            .append(result.relative(checked.finding().file()))
            .append("` | ")
            .append(checked.finding().line())
            .append(':')
            .append(checked.finding().column())
            .append(" | ")
            .append(checked.finding().rule().id())
            .append(" | ")
            .append(cell(checked.finding().message()))
            .append(" | ")
            .append(cell(checked.finding().rule().saferAlternative()))
            .append(" | ")
            .append(
                !checked.finding().needsApproval()
                    ? "not needed"
                    : checked.approved() ? "yes" : "**no**")
            .append(" |\n");
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
