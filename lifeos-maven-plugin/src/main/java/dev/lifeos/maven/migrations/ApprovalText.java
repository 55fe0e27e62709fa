package dev.lifeos.maven.migrations;

import dev.lifeos.maven.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the approval workflow, shared by check-migrations and approve-migration. */
public final class ApprovalText {
  private ApprovalText() {}

  /** "has 2 dangerous operations the DB team has not approved: drop-column (line 3), ...". */
  public static String whyNotApproved(
      Migration migration, List<CheckedFinding> findings, Approvals approvals) {
    String rules =
        findings.stream()
            .map(f -> f.finding().rule().id() + " (line " + f.finding().line() + ")")
            .collect(Collectors.joining(", "));
    String count =
        findings.size() == 1 ? "a dangerous operation" : findings.size() + " dangerous operations";
    if (approvals.status(migration) == Approvals.Status.STALE) {
      return "has "
          + count
          + " ("
          + rules
          + "), and was approved with checksum "
          + approvals.approvedChecksum(migration).orElseThrow()
          + " but has changed since (checksum now "
          + migration.checksum()
          + "): the approval is void.";
    }
    return "has " + count + " that the DB team has not approved: " + rules + ".";
  }

  /** "after DB-team review, add this line to <file>: V12=123". */
  public static String fix(Migration migration, Approvals approvals) {
    String action =
        approvals.status(migration) == Approvals.Status.STALE
            ? "replace its line in "
            : "add this line to ";
    return "after DB-team review, "
        + action
        + approvals.displayName()
        + ": "
        + Approvals.line(migration)
        + " (./mvnw lifeos:approve-migration -Dmigration="
        + migration.key()
        + " prints it)";
  }

  /**
   * What approve-migration prints for {@code migration}: its findings, then the line that approves
   * it as it is now (or that it is approved already).
   */
  public static List<String> instructions(
      Migration migration, String displayPath, List<Finding> findings, Approvals approvals) {
    String rules =
        findings.stream()
            .map(f -> f.rule().id() + " (line " + f.line() + ")")
            .collect(Collectors.joining(", "));
    List<String> lines = new ArrayList<>();
    lines.add(displayPath + " (checksum " + migration.checksum() + "): " + rules);
    for (Finding finding : findings) {
      lines.add("  line " + finding.line() + ": " + finding.message() + " Safer: " + finding.fix());
    }
    if (approvals.status(migration) == Approvals.Status.APPROVED) {
      lines.add("Already approved in " + approvals.displayName() + " with this checksum.");
      return lines;
    }
    String replacing =
        approvals
            .approvedChecksum(migration)
            .map(
                old ->
                    " in place of its old line "
                        + migration.key()
                        + "="
                        + old
                        + " (the file changed)")
            .orElse("");
    lines.add(
        "After review, the DB team approves it as it is now by adding to "
            + approvals.displayName()
            + replacing
            + ":");
    lines.add("");
    lines.add("    # " + migration.fileName() + ": " + rules);
    lines.add("    " + Approvals.line(migration));
    lines.add("");
    lines.add(
        "Nothing was written: the approvals file is the DB team's, changed in a reviewed commit.");
    return lines;
  }
}
