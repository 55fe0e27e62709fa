package dev.lifeos.maven.migrations.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.support.GateFailure;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, item 5, on a real PostgreSQL: an unterminated {@code /*} makes Flyway record a
 * migration as applied while the DROP after it never ran; run-migrations refuses it instead.
 */
class UnterminatedCommentPostgresTest {
  private static final String V2 =
      "/* the old table goes, see ticket 42\n" + "DROP TABLE accounts;\n";
  private static EmbeddedPostgres postgres;

  @TempDir Path dir;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @Test
  void flywayAloneRecordsTheMigrationAsAppliedWithoutRunningTheDrop() throws Exception {
    RunFixture project =
        new RunFixture(dir)
            .migration("V1__create_accounts.sql", RunFixture.DEMO_V1)
            .migration("V2__drop_accounts.sql", V2);
    DatabaseTarget.Jdbc database = database("plain_flyway");

    Flyway.configure()
        .dataSource(database.url(), database.user(), database.password())
        .locations("filesystem:" + project.dir.resolve("src/main/resources/db/migration"))
        .load()
        .migrate();

    assertThat(
            query(
                database,
                "SELECT version || ':' || success FROM flyway_schema_history ORDER BY installed_rank"))
        .containsExactly("1:true", "2:true");
    assertThat(query(database, "SELECT count(*) FROM accounts")).containsExactly("0");
  }

  @Test
  void runMigrationsRefusesItAndRecordsNothing() throws Exception {
    RunFixture project =
        new RunFixture(dir).migration("V1__create_accounts.sql", RunFixture.DEMO_V1);
    DatabaseTarget.Jdbc database = database("run_migrations");
    assertThat(project.run(database))
        .as("V1 alone: %s", project.lines)
        .hasValueSatisfying(r -> assertThat(r.outcome()).isEqualTo(RunResult.Outcome.APPLIED));
    project.migration("V2__drop_accounts.sql", V2);

    assertThatThrownBy(() -> project.run(database))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith(
            "Refusing to migrate: SQL in the pending migrations would never run, and Flyway would"
                + " record it as applied. Nothing was changed.\n"
                + "  V2__drop_accounts.sql:1 [unterminated-sql] The block comment opened with /* at"
                + " line 1 is never closed");

    assertThat(query(database, "SELECT version FROM flyway_schema_history ORDER BY installed_rank"))
        .containsExactly("1");
    assertThat(query(database, "SELECT count(*) FROM accounts")).containsExactly("0");
  }

  private static DatabaseTarget.Jdbc database(String name) throws Exception {
    try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
      connection.createStatement().execute("CREATE DATABASE " + name);
    }
    return new DatabaseTarget.Jdbc(postgres.getJdbcUrl("postgres", name), "postgres", "");
  }

  private static List<String> query(DatabaseTarget.Jdbc database, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection =
            java.sql.DriverManager.getConnection(database.url(), database.user(), "");
        ResultSet result = connection.createStatement().executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}
