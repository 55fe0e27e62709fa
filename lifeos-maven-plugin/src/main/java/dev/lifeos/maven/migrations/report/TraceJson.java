package dev.lifeos.maven.migrations.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.trace.MigrationTrace;
import dev.lifeos.maven.migrations.trace.TracedLock;
import dev.lifeos.maven.migrations.trace.TracedStatement;
import dev.lifeos.maven.report.ReportFiles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lock trace in {@code report.json}: for each scanned migration, every statement that took a
 * lock on, rewrote or read a pre-existing relation (the rest are counted, not listed).
 */
final class TraceJson {
  private TraceJson() {}

  static ArrayNode of(CheckResult result, List<MigrationTrace> traces) {
    Set<String> scanned = result.scanned().stream().map(Migration::key).collect(Collectors.toSet());
    ArrayNode migrations = ReportFiles.JSON.createArrayNode();
    for (MigrationTrace trace : traces) {
      if (!scanned.contains(trace.key())) {
        continue;
      }
      ObjectNode node = migrations.addObject();
      node.put("migration", trace.key());
      node.put("script", trace.script());
      node.put("inTransaction", trace.inTransaction());
      node.put("statementCount", trace.statements().size());
      ArrayNode seeded = node.putArray("seeded");
      trace.seeded().forEach(seeded::add);
      ArrayNode statements = node.putArray("statements");
      for (TracedStatement statement : trace.statements()) {
        if (statement.acquired().isEmpty()
            && statement.rewritten().isEmpty()
            && statement.scanned().isEmpty()) {
          continue;
        }
        ObjectNode s = statements.addObject();
        s.put("index", statement.index());
        s.put("statement", statement.quoted());
        s.put("inTransaction", statement.inTransaction());
        s.put("millis", statement.millis());
        s.put("heldMillis", statement.heldMillis());
        ArrayNode locks = s.putArray("locks");
        for (TracedLock lock : statement.acquired()) {
          locks
              .addObject()
              .put("relation", lock.relation())
              .put("kind", lock.index() ? "index" : "table")
              .put("mode", lock.sqlMode());
        }
        ArrayNode rewritten = s.putArray("rewritten");
        statement.rewritten().forEach(rewritten::add);
        ArrayNode read = s.putArray("readWhole");
        statement.scanned().forEach(read::add);
      }
    }
    return migrations;
  }
}
