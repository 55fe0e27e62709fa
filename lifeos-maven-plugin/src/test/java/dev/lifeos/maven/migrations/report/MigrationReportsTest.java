package dev.lifeos.maven.migrations.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.lifeos.maven.migrations.Approvals;
import dev.lifeos.maven.migrations.Check;
import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.Excluded;
import dev.lifeos.maven.migrations.Exclusion;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.Note;
import dev.lifeos.maven.migrations.scan.rules.DropColumnRule;
import dev.lifeos.maven.migrations.scan.rules.TruncateRule;
import dev.lifeos.maven.report.ReportFiles;
import dev.lifeos.maven.report.StepSummary;
import dev.lifeos.maven.rules.Finding;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationReportsTest {
  @TempDir Path root;

  private CheckResult result() {
    Path file = root.resolve("src/main/resources/db/migration/V4__cleanup.sql");
    Migration v4 =
        new Migration(
            Migration.Type.VERSIONED,
            Migration.Language.SQL,
            file,
            MigrationVersion.fromVersion("4"),
            "cleanup",
            12345,
            "ALTER TABLE a DROP COLUMN b;");
    Migration v5 =
        new Migration(
            Migration.Type.VERSIONED,
            Migration.Language.SQL,
            file.resolveSibling("V5__wipe.sql"),
            MigrationVersion.fromVersion("5"),
            "wipe",
            -42,
            "TRUNCATE t;");
    return new CheckResult(
        root,
        List.of(),
        List.of(v4, v5),
        List.of(v4, v5),
        Optional.of(new CheckResult.Base("origin/main", "a".repeat(40), "b".repeat(40))),
        "postgresql",
        List.of(
            Finding.of(
                Check.BRANCH_CONFLICT,
                file,
                0,
                "V4__cleanup.sql has version 4 | x",
                "renumber it to V6")),
        List.of(
            new CheckedFinding(
                new Finding(new DropColumnRule(), file, 1, 1, "drops b"),
                v4,
                Approvals.Status.APPROVED),
            new CheckedFinding(
                new Finding(new TruncateRule(), v5.file(), 1, 1, "wipes t"),
                v5,
                Approvals.Status.NOT_LISTED)),
        Optional.of(new CheckResult.Apply("H2 in memory", 5, 0, Duration.ofMillis(120))),
        true,
        root.resolve("src/main/resources/db/migration-approvals.properties"),
        List.of(
            new Note(file.resolveSibling("V3__late.sql"), 0, "V3__late.sql applies out of order.")),
        List.of(
            new Excluded(
                file.resolveSibling("fix_by_hand.sql"),
                Exclusion.parse("fix_*.sql # run by hand by the DB team"))));
  }

  @Test
  void sarifIsValidSarif210() throws Exception {
    JsonNode sarif = ReportFiles.JSON.valueToTree(SarifReport.of(result()).json());
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }

    assertThat(schema.validate(sarif)).isEmpty();
    JsonNode broken = sarif.deepCopy();
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            broken.at("/runs/0/results/0/locations/0/physicalLocation/region"))
        .put("startLine", 0);
    assertThat(schema.validate(broken)).as("the schema really is checked").isNotEmpty();
    assertThat(sarif.at("/version").asText()).isEqualTo("2.1.0");
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results).hasSize(3);
    JsonNode rules = sarif.at("/runs/0/tool/driver/rules");
    for (JsonNode result : results) {
      assertThat(rules.get(result.get("ruleIndex").asInt()).get("id"))
          .isEqualTo(result.get("ruleId"));
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .startsWith("src/main/resources/db/migration/");
    }
    assertThat(results.get(1).at("/suppressions/0/status").asText()).isEqualTo("accepted");
    assertThat(results.get(2).get("level").asText()).isEqualTo("error");
  }

  @Test
  void writesJsonSarifMarkdownAndTheStepSummary() throws Exception {
    Path summary = root.resolve("step-summary.md");
    Path dir = root.resolve("target/lifeos/migrations");

    List<Path> files =
        MigrationReports.of(result(), dir).write(Map.of(StepSummary.VARIABLE, summary.toString()));

    assertThat(files)
        .extracting(f -> f.getFileName().toString())
        .containsExactly("report.json", "findings.sarif", "summary.md");
    JsonNode json = ReportFiles.JSON.readTree(dir.resolve("report.json").toFile());
    assertThat(json.get("result").asText()).isEqualTo("failed");
    assertThat(json.at("/problems/0/check").asText()).isEqualTo("branch-conflict");
    assertThat(json.at("/findings/0/approval").asText()).isEqualTo("approved");
    assertThat(json.at("/findings/1/approval").asText()).isEqualTo("not-listed");
    assertThat(json.at("/base/ref").asText()).isEqualTo("origin/main");
    String markdown = Files.readString(dir.resolve("summary.md"));
    assertThat(markdown)
        .startsWith("## Migrations: failed")
        .contains("has version 4 \\| x")
        .contains("**no**");
    assertThat(Files.readString(summary)).contains("## Migrations: failed");
  }
}
