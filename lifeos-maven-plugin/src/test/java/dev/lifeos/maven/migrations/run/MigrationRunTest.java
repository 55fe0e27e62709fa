package dev.lifeos.maven.migrations.run;

import static dev.lifeos.maven.migrations.run.RunFixture.DEMO_V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guards of run-migrations, which all refuse before anything is changed; on H2 in memory (the
 * PostgreSQL behaviour is in {@link MigrationRunPostgresTest}).
 */
class MigrationRunTest {
  private static final String DROP_COLUMN = "ALTER TABLE accounts DROP COLUMN name;\n";

  /** Nothing listens on port 1: a run that tried to connect would fail differently. */
  private static final DatabaseTarget.Jdbc UNREACHABLE =
      new DatabaseTarget.Jdbc("jdbc:postgresql://127.0.0.1:1/ledger", "app", "");

  @TempDir Path dir;

  private final String h2Url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  private final DatabaseTarget.Jdbc h2 = new DatabaseTarget.Jdbc(h2Url, "sa", "");

  @Test
  void productionWithoutTheApprovalFlagIsRefusedBeforeConnecting() throws Exception {
    RunFixture project = new RunFixture(dir).migration("V1__accounts.sql", DEMO_V1);
    project.environment = TargetEnvironment.PRODUCTION;

    assertThatThrownBy(() -> project.run(UNREACHABLE))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("Refusing to migrate production without approval")
        .hasMessageContaining("-Dlifeos.migrations.productionApproved=true")
        .hasMessageEndingWith("Nothing was changed.");
  }

  @Test
  void productionRefusesAPendingDangerousMigrationTheDbTeamHasNotApproved() throws Exception {
    RunFixture project =
        new RunFixture(dir)
            .migration("V1__accounts.sql", DEMO_V1)
            .migration("V2__drop_name.sql", DROP_COLUMN);
    project.environment = TargetEnvironment.PRODUCTION;
    project.productionApproved = true;

    assertThatThrownBy(() -> project.run(h2))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining(
            "Refusing to migrate production: 1 pending migration with dangerous operations the DB"
                + " team has not approved. Nothing was changed.")
        .hasMessageContaining(
            "V2__drop_name.sql has a dangerous operation that the DB team has not approved:"
                + " drop-column (line 1).")
        .hasMessageContaining("Fix: after DB-team review, add this line to");
    assertThat(tables()).isZero();
  }

  @Test
  void productionAppliesOnceTheDbTeamApprovedTheMigrationAsItIs() throws Exception {
    RunFixture project =
        new RunFixture(dir)
            .migration("V1__accounts.sql", DEMO_V1)
            .migration("V2__drop_name.sql", DROP_COLUMN);
    project.approvals("V2=" + project.checksum("V2__drop_name.sql") + "\n");
    project.environment = TargetEnvironment.PRODUCTION;
    project.productionApproved = true;

    assertThat(project.run(h2)).hasValueSatisfying(r -> assertThat(r.passed()).isTrue());
  }

  @Test
  void stagingWarnsAboutAnUnapprovedDangerousMigrationAndAppliesIt() throws Exception {
    RunFixture project =
        new RunFixture(dir)
            .migration("V1__accounts.sql", DEMO_V1)
            .migration("V2__drop_name.sql", DROP_COLUMN);

    assertThat(project.run(h2))
        .hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(RunResult.Outcome.APPLIED));
    assertThat(project.lines)
        .anyMatch(
            line ->
                line.startsWith("WARN V2__drop_name.sql has a dangerous operation")
                    && line.endsWith("(production refuses it until the DB team approves it)"));
  }

  @Test
  void migrationsCheckMigrationsRejectsAreRefusedBeforeConnecting() throws Exception {
    RunFixture project =
        new RunFixture(dir).migration("V1__accounts.sql", DEMO_V1).migration("V1_1__x.sql", "");
    project.migration("V1.1__y.sql", "");

    assertThatThrownBy(() -> project.run(UNREACHABLE))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("Refusing to migrate: the migrations have problems")
        .hasMessageContaining("has version 1.1, as");
  }

  @Test
  void anUnreachableDatabaseFailsWithWhatToCheck() throws Exception {
    RunFixture project = new RunFixture(dir).migration("V1__accounts.sql", DEMO_V1);

    assertThatThrownBy(() -> project.run(UNREACHABLE))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith(
            "Could not connect to 127.0.0.1:1 (database ledger) as app: the connection was"
                + " refused (nothing listens on that port, or a firewall rejects it). Check the URL")
        .hasMessageContaining("DATABASE_PASSWORD")
        .hasMessageEndingWith("Nothing was changed.");
  }

  @Test
  void aProjectWithoutMigrationsHasNothingToApply() throws Exception {
    assertThat(new RunFixture(dir).run(UNREACHABLE)).isEmpty();
  }

  @Test
  void theUrlComesOnlyFromTheParameterOrDatabaseUrl() throws Exception {
    assertThatThrownBy(() -> MigrationRun.database(null, null, null, Map.of()))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("No database URL: run-migrations applies migrations only to a")
        .hasMessageContaining("DATABASE_URL");

    assertThat(
            MigrationRun.database(
                null,
                null,
                null,
                Map.of(
                    "DATABASE_URL", "jdbc:postgresql://db/ledger",
                    "DATABASE_USER", "app",
                    "DATABASE_PASSWORD", "pw")))
        .isEqualTo(new DatabaseTarget.Jdbc("jdbc:postgresql://db/ledger", "app", "pw"));
    assertThat(
            MigrationRun.database(
                "jdbc:postgresql://ci:pw2@other/x",
                "ignored",
                null,
                Map.of("DATABASE_URL", "jdbc:postgresql://db/ledger")))
        .isEqualTo(new DatabaseTarget.Jdbc("jdbc:postgresql://other/x", "ci", "pw2"));
  }

  @Test
  void theEnvironmentHasNoDefault() throws Exception {
    assertThatThrownBy(() -> TargetEnvironment.parse(null))
        .hasMessageStartingWith("lifeos.env is not set");
    assertThatThrownBy(() -> TargetEnvironment.parse("prod"))
        .hasMessage("lifeos.env is 'prod': use ci, staging or production.");
    assertThat(TargetEnvironment.parse(" Production ")).isEqualTo(TargetEnvironment.PRODUCTION);
  }

  private int tables() throws Exception {
    try (Connection connection = DriverManager.getConnection(h2Url, "sa", "");
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
