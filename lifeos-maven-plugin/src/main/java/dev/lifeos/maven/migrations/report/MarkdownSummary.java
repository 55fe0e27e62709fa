package dev.lifeos.maven.migrations.report;

import static dev.lifeos.maven.report.Markdown.cell;
import static dev.lifeos.maven.report.Markdown.code;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.Excluded;
import dev.lifeos.maven.migrations.Note;
import dev.lifeos.maven.rules.Finding;

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
    result.apply().ifPresent(apply -> md.append("; ").append(apply.describe()));
    md.append(".\n\n");

    if (!result.problems().isEmpty()) {
      md.append("### Problems\n\n| file | line | check | problem | fix |\n|---|---|---|---|---|\n");
      for (Finding problem : result.problems()) {
        md.append("| ")
            .append(code(result.relative(problem.file())))
            .append(" | ")
            .append(problem.line() > 0 ? problem.line() : "")
            .append(" | ")
            .append(problem.rule().id())
            .append(" | ")
            .append(cell(problem.message()))
            .append(" | ")
            .append(cell(problem.fix()))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (!result.notes().isEmpty()) {
      md.append("### Notes\n\n| file | line | note |\n|---|---|---|\n");
      for (Note note : result.notes()) {
        md.append("| ")
            .append(code(result.relative(note.file())))
            .append(" | ")
            .append(note.line() > 0 ? note.line() : "")
            .append(" | ")
            .append(cell(note.message()))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (!result.excluded().isEmpty()) {
      md.append("### Excluded files\n\n| file | why |\n|---|---|\n");
      for (Excluded file : result.excluded()) {
        md.append("| ")
            .append(code(result.relative(file.file())))
            .append(" | ")
            .append(cell(file.by().describe()))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (!result.findings().isEmpty()) {
      md.append("### Dangerous operations\n\n| file | line | rule | what | safer | approved |\n")
          .append("|---|---|---|---|---|---|\n");
      for (CheckedFinding checked : result.findings()) {
        md.append("| ")
            .append(code(result.relative(checked.finding().file())))
            .append(" | ")
            .append(checked.finding().line())
            .append(':')
            .append(checked.finding().column())
            .append(" | ")
            .append(checked.finding().rule().id())
            .append(" | ")
            .append(cell(checked.finding().message()))
            .append(" | ")
            .append(cell(checked.finding().fix()))
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
}
