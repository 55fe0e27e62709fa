package dev.lifeos.maven.migrations.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeos.maven.migrations.Check;
import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.scan.Rules;
import dev.lifeos.maven.report.ReportFiles;
import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code findings.sarif}: SARIF 2.1.0 for GitHub code scanning. Failed checks are errors; dangerous
 * operations are errors when approval is required, warnings otherwise (notices are notes), and
 * approved ones carry an accepted external suppression (the approvals file), so code scanning shows
 * them as dismissed. Locations are relative to the repository root ({@code %SRCROOT%}).
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String DOCS =
      "https://github.com/lifeos/lifeos-build/blob/main/docs/goals/check-migrations.md";

  private SarifReport() {}

  static ObjectNode of(CheckResult result) {
    ObjectNode root = ReportFiles.JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "lifeos check-migrations");
    driver.put("informationUri", DOCS);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    List<Rule> described = new ArrayList<>(List.of(Check.values()));
    described.addAll(Rules.all());
    for (Rule rule : described) {
      index.put(rule.id(), index.size());
      rule(rules, rule);
    }
    run.putObject("originalUriBaseIds")
        .putObject("%SRCROOT%")
        .put("uri", result.root().toUri().toString());

    ArrayNode results = run.putArray("results");
    for (Finding problem : result.problems()) {
      ObjectNode node = result(results, problem.rule().id(), index, "error");
      node.putObject("message").put("text", problem.message() + " Fix: " + problem.fix() + ".");
      location(node, result.relative(problem.file()), problem.line(), 0);
    }
    for (CheckedFinding checked : result.findings()) {
      String level =
          !checked.finding().needsApproval()
              ? "note"
              : checked.approved() || !result.requireApproval() ? "warning" : "error";
      ObjectNode node = result(results, checked.finding().rule().id(), index, level);
      node.putObject("message")
          .put("text", checked.finding().message() + " Safer: " + checked.finding().fix());
      location(
          node,
          result.relative(checked.finding().file()),
          checked.finding().line(),
          checked.finding().column());
      node.putObject("partialFingerprints")
          .put(
              "migrationChecksum/v1",
              checked.migration().key() + ":" + checked.migration().checksum());
      if (checked.approved() && checked.finding().needsApproval()) {
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
    return root;
  }

  private static void rule(ArrayNode rules, Rule rule) {
    ObjectNode node = rules.addObject();
    node.put("id", rule.id());
    node.put("name", rule.title().replaceAll("[^A-Za-z]+", ""));
    node.putObject("shortDescription").put("text", rule.title());
    node.putObject("fullDescription").put("text", rule.why());
    node.putObject("help")
        .put("text", rule.fix().isEmpty() ? rule.why() : rule.why() + " Safer: " + rule.fix());
    node.put("helpUri", DOCS + "#" + rule.id());
  }

  private static ObjectNode result(
      ArrayNode results, String ruleId, Map<String, Integer> index, String level) {
    ObjectNode node = results.addObject();
    node.put("ruleId", ruleId);
    node.put("ruleIndex", index.get(ruleId));
    node.put("level", level);
    return node;
  }

  private static void location(ObjectNode result, String uri, int line, int column) {
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri).put("uriBaseId", "%SRCROOT%");
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(line, 1));
    if (column > 0) {
      region.put("startColumn", column);
    }
  }
}
