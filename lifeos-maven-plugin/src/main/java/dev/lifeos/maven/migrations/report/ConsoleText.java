package dev.lifeos.maven.migrations.report;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.Note;
import dev.lifeos.maven.rules.Finding;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The lines check-migrations prints: one summary, one per finding, and the failure message. */
public final class ConsoleText {
  private ConsoleText() {}

  /**
   * "Checked 4 migrations in ... (dialect postgresql, against origin/main); applied 4 to ... in 412
   * ms".
   */
  public static String summary(CheckResult result) {
    String where =
        result.locations().isEmpty()
            ? "no migration directory"
            : result.locations().stream()
                .map(l -> result.relative(l.directory()))
                .collect(Collectors.joining(", "));
    return "Checked "
        + result.migrations().size()
        + " migrations in "
        + where
        + " (dialect "
        + result.dialect()
        + result.base().map(b -> ", against " + b.ref()).orElse("")
        + ")"
        + result.apply().map(a -> "; " + a.describe()).orElse("");
  }

  /** "file:line:column [rule] what it does. Safer: ... (approved)", or "(notice)". */
  public static String finding(CheckResult result, CheckedFinding checked) {
    return location(
            result, checked.finding().file(), checked.finding().line(), checked.finding().column())
        + " ["
        + checked.finding().rule().id()
        + "] "
        + checked.finding().message()
        + " Safer: "
        + checked.finding().fix()
        + (!checked.finding().needsApproval() ? " (notice: needs no approval)" : "")
        + (checked.finding().needsApproval() && checked.approved() ? " (approved)" : "");
  }

  /** Every problem with its location and fix: the build failure's message. */
  public static String failure(CheckResult result) {
    StringBuilder message =
        new StringBuilder("check-migrations found ")
            .append(result.problems().size())
            .append(result.problems().size() == 1 ? " problem:" : " problems:");
    for (Finding problem : result.problems()) {
      message
          .append("\n  ")
          .append(location(result, problem.file(), problem.line(), 0))
          .append(" [")
          .append(problem.rule().id())
          .append("] ")
          .append(problem.message())
          .append("\n      Fix: ")
          .append(problem.fix())
          .append('.');
    }
    return message.toString();
  }

  /** "file:line note", printed as a warning: it does not fail the build. */
  public static String note(CheckResult result, Note note) {
    return location(result, note.file(), note.line(), 0) + " " + note.message();
  }

  /** "Excluded 2 files (lifeos.migrations.exclude): a.sql (why), b.sql (why)". */
  public static String excluded(CheckResult result) {
    return "Excluded "
        + result.excluded().size()
        + (result.excluded().size() == 1 ? " file" : " files")
        + ": "
        + result.excluded().stream()
            .map(e -> result.relative(e.file()) + " (" + e.by().describe() + ")")
            .collect(Collectors.joining(", "));
  }

  /** The warning of a build that does not require approval. */
  public static String unapprovedWarning(CheckResult result) {
    int count = result.unapproved().size();
    return (count == 1 ? "1 dangerous operation is" : count + " dangerous operations are")
        + " not approved; this build only warns (lifeos.migrations.requireApproval=false), the pull"
        + " request build fails on them.";
  }

  private static String location(CheckResult result, Path file, int line, int column) {
    return result.relative(file) + (line > 0 ? ":" + line : "") + (column > 0 ? ":" + column : "");
  }
}
