package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.MigrationCheck;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.ProjectLayout;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.migrations.trace.TraceOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL path for real: starts PostgreSQL from zonky's binaries (as root too: zonky drops
 * privileges with unshare) and applies the demo service's migrations to it.
 */
class EmbeddedPostgresApplyTest {
  private static final Path DEMO = Path.of("../examples/demo-service").toAbsolutePath().normalize();

  @Test
  void appliesTheDemoServicesMigrationsToARealPostgresql() throws Exception {
    MigrationCheck.Request request =
        new MigrationCheck.Request(
            ProjectLayout.standard(DEMO),
            MigrationSettings.defaults(),
            Optional.empty(),
            new MigrationScanner(Dialect.POSTGRESQL, List.of()),
            DEMO.resolve("src/main/resources/db/migration-approvals.properties"),
            true,
            Optional.of(new DatabaseTarget.EmbeddedPostgres()),
            TestApplyOptions.defaults(),
            DatabaseTarget.LibraryVersions.defaults(),
            List.of(),
            TraceOptions.ON);

    CheckResult result =
        new MigrationCheck(
                request, (libraries, classpath) -> getClass().getClassLoader(), MigrationLog.SILENT)
            .run();

    assertThat(result.problems()).isEmpty();
    assertThat(result.apply())
        .hasValueSatisfying(
            apply -> {
              assertThat(apply.database())
                  .startsWith("embedded PostgreSQL (jdbc:postgresql://localhost:");
              assertThat(apply.applied()).isEqualTo(3);
            });
  }

  @Test
  void aPostgresqlOnlyStatementFailsOnH2WithTheHintAndAppliesOnPostgresql(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path migrations =
        java.nio.file.Files.createDirectories(dir.resolve("src/main/resources/db/migration"));
    java.nio.file.Files.writeString(
        migrations.resolve("V1__jsonb.sql"),
        "CREATE TABLE events (id BIGSERIAL PRIMARY KEY, payload JSONB NOT NULL);\n"
            + "CREATE INDEX events_payload ON events USING GIN (payload jsonb_path_ops);\n");

    assertThat(check(dir, new DatabaseTarget.H2("PostgreSQL")).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.fix()).contains("-Dlifeos.migrations.database=postgresql"));
    assertThat(check(dir, new DatabaseTarget.EmbeddedPostgres()).problems()).isEmpty();
  }

  private CheckResult check(Path dir, DatabaseTarget target) throws Exception {
    return new MigrationCheck(
            new MigrationCheck.Request(
                ProjectLayout.standard(dir),
                MigrationSettings.defaults(),
                Optional.empty(),
                new MigrationScanner(Dialect.POSTGRESQL, List.of()),
                dir.resolve("approvals.properties"),
                true,
                Optional.of(target),
                TestApplyOptions.defaults(),
                DatabaseTarget.LibraryVersions.defaults(),
                List.of(),
                TraceOptions.ON),
            (libraries, classpath) -> getClass().getClassLoader(),
            MigrationLog.SILENT)
        .run();
  }
}
