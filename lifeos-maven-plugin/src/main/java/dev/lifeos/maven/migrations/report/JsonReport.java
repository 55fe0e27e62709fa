package dev.lifeos.maven.migrations.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.Excluded;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.Note;
import dev.lifeos.maven.report.ReportFiles;
import dev.lifeos.maven.rules.Finding;
import java.util.Locale;
import java.util.Set;

/** {@code report.json}: every migration, problem and finding, for machines. */
final class JsonReport {
  private JsonReport() {}

  static ObjectNode of(CheckResult result) {
    ObjectNode root = ReportFiles.JSON.createObjectNode();
    root.put("tool", "lifeos check-migrations");
    root.put("result", result.passed() ? "passed" : "failed");
    root.put("dialect", result.dialect());
    root.put("requireApproval", result.requireApproval());
    root.put("approvalsFile", result.relative(result.approvalsFile()));
    ArrayNode locations = root.putArray("locations");
    result.locations().forEach(l -> locations.add(result.relative(l.directory())));
    result
        .base()
        .ifPresentOrElse(
            base -> {
              ObjectNode node = root.putObject("base");
              node.put("ref", base.ref());
              node.put("commit", base.commit());
              node.put("forkPoint", base.forkPoint());
            },
            () -> root.putNull("base"));
    result
        .apply()
        .ifPresentOrElse(
            apply -> {
              ObjectNode node = root.putObject("apply");
              node.put("database", apply.database());
              node.put("applied", apply.applied());
              node.put("notApplied", apply.notApplied());
              node.put("millis", apply.took().toMillis());
              node.put("lockTrace", !apply.traces().isEmpty());
              if (!apply.traces().isEmpty()) {
                node.set("trace", TraceJson.of(result, apply.traces()));
              }
            },
            () -> root.putNull("apply"));

    Set<Migration> scanned = Set.copyOf(result.scanned());
    ArrayNode migrations = root.putArray("migrations");
    for (Migration migration : result.migrations()) {
      ObjectNode node = migrations.addObject();
      node.put("key", migration.key());
      node.put("file", result.relative(migration.file()));
      node.put("type", lower(migration.type()));
      node.put("language", lower(migration.language()));
      node.put("version", migration.version() == null ? null : migration.version().getVersion());
      node.put("description", migration.description());
      node.put("checksum", migration.checksum());
      node.put("scanned", scanned.contains(migration));
    }
    ArrayNode problems = root.putArray("problems");
    for (Finding problem : result.problems()) {
      ObjectNode node = problems.addObject();
      node.put("check", problem.rule().id());
      node.put("file", result.relative(problem.file()));
      node.put("line", problem.line());
      node.put("message", problem.message());
      node.put("fix", problem.fix());
    }
    ArrayNode notes = root.putArray("notes");
    for (Note note : result.notes()) {
      ObjectNode node = notes.addObject();
      node.put("file", result.relative(note.file()));
      node.put("line", note.line());
      node.put("message", note.message());
    }
    ArrayNode excluded = root.putArray("excluded");
    for (Excluded file : result.excluded()) {
      ObjectNode node = excluded.addObject();
      node.put("file", result.relative(file.file()));
      node.put("pattern", file.by().glob());
      node.put("reason", file.by().describe());
    }
    ArrayNode findings = root.putArray("findings");
    for (CheckedFinding checked : result.findings()) {
      ObjectNode node = findings.addObject();
      node.put("rule", checked.finding().rule().id());
      node.put("severity", checked.finding().severity().id());
      node.put("migration", checked.migration().key());
      node.put("file", result.relative(checked.finding().file()));
      node.put("line", checked.finding().line());
      node.put("column", checked.finding().column());
      node.put("message", checked.finding().message());
      node.put("saferAlternative", checked.finding().fix());
      node.put(
          "approval",
          checked.finding().needsApproval()
              ? lower(checked.approval()).replace('_', '-')
              : "not-needed");
      node.put("checksum", checked.migration().checksum());
      node.put("trace", checked.trace().id());
    }
    return root;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
