package dev.lifeos.maven.migrations;

import java.util.List;
import java.util.stream.Collectors;

/** The words of the approval workflow, shared by check-migrations and approve-migration. */
public final class ApprovalText {
  private ApprovalText() {}

  /** "has 2 dangerous operations the DB team has not approved: drop-column (line 3), ...". */
  static String whyNotApproved(
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
}
