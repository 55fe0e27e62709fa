package dev.lifeos.maven.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeos.maven.rules.Rule;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A SARIF 2.1.0 log for GitHub code scanning: one run of one tool, every rule it has (with its why
 * and fix as help, and a link to its row in the goal's page), and one result per finding. Locations
 * are relative to the repository root ({@code %SRCROOT%}).
 */
public final class Sarif {
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final ObjectNode log = ReportFiles.JSON.createObjectNode();
  private final ArrayNode results;
  private final Map<String, Integer> index = new HashMap<>();

  /**
   * @param tool the driver's name ({@code lifeos check-migrations})
   * @param docs the goal's page; each rule's help links to {@code docs#id}
   * @param rules every rule the tool has, in report order
   * @param root the repository root the locations are relative to
   */
  public Sarif(String tool, String docs, List<? extends Rule> rules, Path root) {
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", tool);
    driver.put("informationUri", docs);
    ArrayNode described = driver.putArray("rules");
    for (Rule rule : rules) {
      index.put(rule.id(), index.size());
      ObjectNode node = described.addObject();
      node.put("id", rule.id());
      node.put("name", rule.title().replaceAll("[^A-Za-z]+", ""));
      node.putObject("shortDescription").put("text", rule.title());
      node.putObject("fullDescription").put("text", rule.why());
      node.putObject("help")
          .put("text", rule.fix().isEmpty() ? rule.why() : rule.why() + " Safer: " + rule.fix());
      node.put("helpUri", docs + "#" + rule.id());
    }
    run.putObject("originalUriBaseIds").putObject("%SRCROOT%").put("uri", root.toUri().toString());
    results = run.putArray("results");
  }

  /**
   * Adds a result of {@code rule} at {@code uri} (relative to the root), line and column (0: none),
   * and returns it for what only its tool knows (fingerprints, suppressions).
   *
   * @param level {@code error}, {@code warning} or {@code note}
   */
  public ObjectNode result(Rule rule, String level, String text, String uri, int line, int column) {
    ObjectNode result = results.addObject();
    result.put("ruleId", rule.id());
    result.put("ruleIndex", index.get(rule.id()));
    result.put("level", level);
    result.putObject("message").put("text", text);
    ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri).put("uriBaseId", "%SRCROOT%");
    ObjectNode region = physical.putObject("region");
    region.put("startLine", Math.max(line, 1));
    if (column > 0) {
      region.put("startColumn", column);
    }
    return result;
  }

  public ObjectNode json() {
    return log;
  }
}
