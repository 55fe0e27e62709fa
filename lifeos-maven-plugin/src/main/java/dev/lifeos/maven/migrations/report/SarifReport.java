package dev.lifeos.maven.migrations.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeos.maven.migrations.Check;
import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.scan.Rules;
import dev.lifeos.maven.report.Sarif;
import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code findings.sarif}: failed checks are errors; dangerous operations are errors when approval
 * is required, warnings otherwise (notices are notes), and approved ones carry an accepted external
 * suppression (the approvals file), so code scanning shows them as dismissed.
 */
final class SarifReport {
  private static final String DOCS =
      "https://github.com/lifeos/lifeos-build/blob/main/docs/goals/check-migrations.md";

  private SarifReport() {}

  static Sarif of(CheckResult result) {
    List<Rule> rules = new ArrayList<>(List.of(Check.values()));
    rules.addAll(Rules.all());
    Sarif sarif = new Sarif("lifeos check-migrations", DOCS, rules, result.root());
    for (Finding problem : result.problems()) {
      add(sarif, result, problem, "error", problem.message() + " Fix: " + problem.fix() + ".");
    }
    for (CheckedFinding checked : result.findings()) {
      Finding finding = checked.finding();
      String level =
          !finding.needsApproval()
              ? "note"
              : checked.approved() || !result.requireApproval() ? "warning" : "error";
      ObjectNode node =
          add(sarif, result, finding, level, finding.message() + " Safer: " + finding.fix());
      node.putObject("partialFingerprints")
          .put(
              "migrationChecksum/v1",
              checked.migration().key() + ":" + checked.migration().checksum());
      if (checked.approved() && finding.needsApproval()) {
        node.putArray("suppressions")
            .addObject()
            .put("kind", "external")
            .put("status", "accepted")
            .put(
                "justification",
                "Approved by the DB team in "
                    + result.relative(result.approvalsFile())
                    + " for checksum "
                    + checked.migration().checksum());
      }
    }
    return sarif;
  }

  private static ObjectNode add(
      Sarif sarif, CheckResult result, Finding finding, String level, String text) {
    return sarif.result(
        finding.rule(),
        level,
        text,
        result.relative(finding.file()),
        finding.line(),
        finding.column());
  }
}
