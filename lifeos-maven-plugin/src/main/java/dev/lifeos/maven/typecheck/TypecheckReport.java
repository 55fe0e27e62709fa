package dev.lifeos.maven.typecheck;

import static dev.lifeos.maven.report.Markdown.cell;
import static dev.lifeos.maven.support.Words.plural;

import dev.lifeos.maven.baseline.Baseline.CompilerEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words of a typecheck result: a short console summary (counts per check), the failure message
 * (each error once), and the full JSON and Markdown reports.
 */
public final class TypecheckReport {
  /** Checks a summary line names before it says "+N more". */
  static final int CHECKS_SHOWN = 5;

  private TypecheckReport() {}

  /**
   * "Typecheck (main): 2 errors; 23 warnings (ReferenceEquality 8, UnusedVariable 6, ...); 7
   * findings baselined (NullAway 7)."
   */
  public static String summary(TypecheckResult result) {
    List<String> parts = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>(result.errors());
    problems.addAll(result.fresh());
    parts.add(
        problems.isEmpty()
            ? "no errors"
            : plural(problems.size(), "error") + " " + counts(problems));
    if (!result.warnings().isEmpty()) {
      parts.add(plural(result.warnings().size(), "warning") + " " + counts(result.warnings()));
    }
    if (!result.baselined().isEmpty()) {
      parts.add(
          plural(result.baselined().size(), "finding")
              + " baselined "
              + counts(result.baselined()));
    }
    if (result.notes() > 0) {
      parts.add(plural((int) result.notes(), "note"));
    }
    return "Typecheck (" + result.sourceSet() + "): " + String.join("; ", parts) + ".";
  }

  /** Lines after the summary: checks that crashed, baseline entries that can go. */
  public static List<String> remarks(TypecheckResult result, String reportFile) {
    List<String> lines = new ArrayList<>();
    for (ErrorProneCrash crash : result.crashes()) {
      lines.add(
          "Error Prone check "
              + crash.describe()
              + ": compiled again without it. Switch it off for good with"
              + " -Dlifeos.errorprone.flags=-Xep:"
              + crash.check()
              + ":OFF (or a newer Error Prone) to save the second compile.");
    }
    if (!result.removable().isEmpty()) {
      int count = result.removable().stream().mapToInt(CompilerEntry::count).sum();
      lines.add(
          plural(count, "baselined finding")
              + " no longer found (fixed): run ./mvnw lifeos:baseline to drop "
              + (count == 1 ? "it" : "them")
              + " from the baseline ("
              + reportFile
              + " lists them).");
    }
    return lines;
  }

  /** The build's failure: every error once, then every new finding of a baselined check. */
  public static String failureMessage(TypecheckResult result, String reportFile) {
    StringBuilder message = new StringBuilder();
    if (!result.output().crashes().isEmpty()) {
      message.append("Error Prone crashed and compiling without the crashing check failed too:");
      result.output().crashes().forEach(c -> message.append("\n  ").append(c.describe()));
      message.append("\n");
    }
    if (!result.errors().isEmpty()) {
      message
          .append("COMPILATION ERROR: ")
          .append(plural(result.errors().size(), "error"))
          .append(" ")
          .append(counts(result.errors()));
      result.errors().forEach(d -> message.append('\n').append(d.render()));
      message.append('\n');
    }
    if (!result.fresh().isEmpty()) {
      message
          .append(plural(result.fresh().size(), "new finding"))
          .append(" of checks the baseline holds ")
          .append(counts(result.fresh()))
          .append(": fix ")
          .append(result.fresh().size() == 1 ? "it" : "them")
          .append(" (the baseline accepts only the findings it lists):");
      result.fresh().forEach(d -> message.append('\n').append(d.render()));
      message.append('\n');
    }
    return message.append("Every diagnostic: ").append(reportFile).toString();
  }

  /** The JSON report: counts, baseline outcome and every diagnostic. */
  public static Map<String, Object> json(TypecheckResult result) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sourceSet", result.sourceSet());
    json.put("passed", result.passed());
    json.put("errors", result.errors().size());
    json.put("newFindings", result.fresh().size());
    json.put("warnings", result.warnings().size());
    json.put("baselined", result.baselined().size());
    json.put("byCheck", TypecheckResult.countByCheck(result.output().diagnostics()));
    json.put("gateChecks", result.gateChecks().stream().sorted().toList());
    json.put("crashes", result.crashes());
    json.put("removable", result.removable());
    json.put("new", result.fresh().stream().map(TypecheckReport::json).toList());
    json.put(
        "diagnostics", result.output().diagnostics().stream().map(TypecheckReport::json).toList());
    return json;
  }

  public static String markdown(TypecheckResult result, String module) {
    StringBuilder md =
        new StringBuilder("### Typecheck: ")
            .append(module)
            .append(" (")
            .append(result.sourceSet())
            .append(")")
            .append(result.passed() ? " :white_check_mark:" : " :x:")
            .append("\n\n")
            .append(summary(result))
            .append("\n");
    Map<String, Integer> byCheck = TypecheckResult.countByCheck(result.output().diagnostics());
    if (!byCheck.isEmpty()) {
      md.append("\n| check | diagnostics |\n|---|---:|\n");
      byCheck.forEach(
          (check, count) ->
              md.append("| ").append(cell(check)).append(" | ").append(count).append(" |\n"));
    }
    section(md, "Errors", result.errors().stream().map(Diagnostic::render).toList());
    section(
        md,
        "New findings (not in the baseline)",
        result.fresh().stream().map(Diagnostic::render).toList());
    section(
        md,
        "Baseline entries no longer found (run ./mvnw lifeos:baseline)",
        result.removable().stream()
            .map(
                e ->
                    e.file()
                        + ": ["
                        + e.check()
                        + "] "
                        + e.message()
                        + " ("
                        + e.code()
                        + ") x"
                        + e.count())
            .toList());
    section(
        md,
        "Checks that crashed",
        result.crashes().stream().map(ErrorProneCrash::describe).toList());
    section(md, "Warnings", result.warnings().stream().map(Diagnostic::render).toList());
    return md.toString();
  }

  private static void section(StringBuilder md, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    md.append("\n#### ").append(title).append("\n\n```\n");
    items.forEach(item -> md.append(item).append('\n'));
    md.append("```\n");
  }

  private static Map<String, Object> json(Diagnostic d) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT));
    json.put("file", d.file());
    json.put("line", d.line());
    json.put("column", d.column());
    json.put("check", d.check());
    json.put("message", d.message());
    json.put("code", d.code());
    json.put("details", d.details());
    return json;
  }

  /** "(NullAway 5, DeadException 1, +2 more)". */
  static String counts(List<Diagnostic> diagnostics) {
    Map<String, Integer> byCheck = TypecheckResult.countByCheck(diagnostics);
    String shown =
        byCheck.entrySet().stream()
            .limit(CHECKS_SHOWN)
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "));
    int more = byCheck.size() - CHECKS_SHOWN;
    return "(" + shown + (more > 0 ? ", +" + more + " more checks" : "") + ")";
  }
}
