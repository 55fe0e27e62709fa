package dev.lifeos.maven.migrations.preflight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.LinesLog;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.support.GateFailure;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release pre-flight on two real PostgreSQL servers, staging and production (zonky; as root
 * too), each migrated here by Flyway as run-migrations would have. Each test has databases of its
 * own on them.
 */
class PreflightPostgresTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String V1 = "CREATE TABLE accounts (id BIGINT PRIMARY KEY);\n";
  private static final String V2 = "CREATE TABLE transactions (id BIGINT PRIMARY KEY);\n";
  private static final String V3 = "ALTER TABLE transactions ADD COLUMN category VARCHAR(40);\n";
  private static EmbeddedPostgres stagingServer;
  private static EmbeddedPostgres productionServer;

  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  @BeforeAll
  static void startServers() throws Exception {
    stagingServer = EmbeddedPostgres.builder().start();
    productionServer = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopServers() throws Exception {
    stagingServer.close();
    productionServer.close();
  }

  /** A new database on {@code server}, migrated with {@code migrations} (name, SQL pairs). */
  private DatabaseTarget.Jdbc migrated(EmbeddedPostgres server, String... migrations)
      throws Exception {
    String name = "preflight_" + DATABASES.incrementAndGet();
    try (Connection connection = server.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("CREATE DATABASE " + name);
    }
    Path location = Files.createDirectories(dir.resolve(name));
    for (int i = 0; i < migrations.length; i += 2) {
      Files.writeString(location.resolve(migrations[i]), migrations[i + 1], StandardCharsets.UTF_8);
    }
    DatabaseTarget.Jdbc database =
        new DatabaseTarget.Jdbc(server.getJdbcUrl("postgres", name), "postgres", "");
    Flyway.configure()
        .dataSource(database.url(), database.user(), database.password())
        .locations("filesystem:" + location)
        .load()
        .migrate();
    return database;
  }

  private Preflight.Outcome preflight(DatabaseTarget.Jdbc staging, DatabaseTarget.Jdbc production)
      throws GateFailure {
    MigrationLog lines = new LinesLog(log);
    return new Preflight(
            new Preflight.Request(
                MigrationSettings.defaults(),
                staging,
                production,
                DatabaseTarget.LibraryVersions.defaults(),
                Duration.ofSeconds(10)),
            (libraries, classpath) -> getClass().getClassLoader(),
            lines)
        .run();
  }

  @Test
  void stagingAheadOfProductionPassesAndListsWhatTheReleaseWillApply() throws Exception {
    DatabaseTarget.Jdbc staging =
        migrated(
            stagingServer,
            "V1__accounts.sql",
            V1,
            "V2__transactions.sql",
            V2,
            "V3__category.sql",
            V3);
    DatabaseTarget.Jdbc production =
        migrated(productionServer, "V1__accounts.sql", V1, "V2__transactions.sql", V2);

    Preflight.Outcome outcome = preflight(staging, production);

    assertThat(outcome.comparison().passed()).isTrue();
    assertThat(outcome.comparison().pendingForProduction())
        .extracting(AppliedMigration::name)
        .containsExactly("V3 (category)");
    assertThat(outcome.production()).hasSize(2);
    assertThat(log)
        .anyMatch(line -> line.startsWith("staging (" + staging.url().replaceFirst("\\?.*", "")))
        .anyMatch(
            line -> line.endsWith(": 2 migrations in its history, the last V2 (transactions)"));
  }

  @Test
  void aMigrationProductionRanAndStagingNeverDidFails() throws Exception {
    DatabaseTarget.Jdbc staging = migrated(stagingServer, "V1__accounts.sql", V1);
    DatabaseTarget.Jdbc production =
        migrated(productionServer, "V1__accounts.sql", V1, "V2__transactions.sql", V2);

    HistoryComparison.Result result = preflight(staging, production).comparison();

    assertThat(result.passed()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .asString()
        .startsWith("V2 (transactions) ran on production but never on staging")
        .contains("apply V2__transactions.sql to it");
  }

  @Test
  void aMigrationChangedBetweenTheTwoRunsFailsWithBothChecksums() throws Exception {
    DatabaseTarget.Jdbc staging =
        migrated(stagingServer, "V1__accounts.sql", V1, "V2__transactions.sql", V2);
    DatabaseTarget.Jdbc production =
        migrated(
            productionServer, "V1__accounts.sql", V1, "V2__transactions.sql", V2 + "-- edited\n");

    HistoryComparison.Result result = preflight(staging, production).comparison();

    assertThat(result.problems())
        .singleElement()
        .asString()
        .matches(
            "V2 \\(transactions\\) has checksum -?\\d+ on production but -?\\d+ on staging: .*")
        .contains("restore the file production ran, and put the change in a new migration");
  }

  @Test
  void aFailedRunInEitherHistoryFails() throws Exception {
    DatabaseTarget.Jdbc staging =
        migrated(stagingServer, "V1__accounts.sql", V1, "V2__transactions.sql", V2);
    DatabaseTarget.Jdbc production = migrated(productionServer, "V1__accounts.sql", V1);
    try (Connection connection =
        java.sql.DriverManager.getConnection(staging.url(), staging.user(), staging.password())) {
      connection
          .createStatement()
          .execute("UPDATE flyway_schema_history SET success = false WHERE version = '2'");
    }

    HistoryComparison.Result result = preflight(staging, production).comparison();

    assertThat(result.problems())
        .singleElement()
        .asString()
        .startsWith("V2 (transactions) is recorded as failed on staging");
  }

  @Test
  void anUnreachableDatabaseIsAUserErrorWithinTheDeadline() throws Exception {
    DatabaseTarget.Jdbc production = migrated(productionServer, "V1__accounts.sql", V1);
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    DatabaseTarget.Jdbc staging =
        new DatabaseTarget.Jdbc(
            "jdbc:postgresql://127.0.0.1:" + closed + "/ledger", "ledger", "pw");

    assertThatThrownBy(() -> preflight(staging, production))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith(
            "Could not read the migration history of staging (jdbc:postgresql://127.0.0.1:"
                + closed
                + "/ledger): ")
        .hasMessageEndingWith("Nothing was changed.");
  }
}
