package dev.lifeos.maven.migrations.run;

import static dev.lifeos.maven.migrations.run.RunFixture.DEMO_V1;
import static dev.lifeos.maven.migrations.run.RunFixture.DEMO_V2;
import static dev.lifeos.maven.migrations.run.RunFixture.DEMO_V3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run-migrations on a real PostgreSQL ({@link TestPostgres}: zonky's binaries, as root too through
 * unshare). Each test has a database of its own.
 */
class MigrationRunPostgresTest {
  @TempDir Path dir;

  private static DatabaseTarget.Jdbc newDatabase() throws Exception {
    return TestPostgres.newDatabase("run");
  }

  @Test
  void appliesThePendingMigrationsWithTheStateBeforeAndAfterAndOneLineEach() throws Exception {
    DatabaseTarget.Jdbc database = newDatabase();
    RunFixture project = new RunFixture(dir).migration("V1__create_accounts.sql", DEMO_V1);
    project.run(database);
    project.migration("V2__create_transactions.sql", DEMO_V2);
    project.migration("V3__add_category.sql", DEMO_V3);
    project.lines.clear();

    RunResult result = project.run(database).orElseThrow();

    assertThat(result.outcome()).isEqualTo(RunResult.Outcome.APPLIED);
    assertThat(result.versionBefore()).contains("1");
    assertThat(result.versionAfter()).contains("3");
    assertThat(result.applied()).extracting(RunResult.Step::key).containsExactly("V2", "V3");
    assertThat(project.lines.get(0))
        .isEqualTo(
            "Database "
                + database.url().replaceFirst("\\?.*", "")
                + " as postgres (environment staging): at version 1 (create accounts).");
    assertThat(project.lines.subList(1, 4))
        .containsExactly(
            "Pending: 2 migrations:",
            "  V2 create transactions (V2__create_transactions.sql)",
            "  V3 add category (V3__add_category.sql)");
    assertThat(project.lines.get(4))
        .matches(
            "Applied V2 create transactions \\(V2__create_transactions.sql\\) in \\d+ ms \\[1/2]");
    assertThat(project.lines.get(5))
        .matches("Applied V3 add category \\(V3__add_category.sql\\) in \\d+ ms \\[2/2]");
    assertThat(project.lines.get(6))
        .matches(
            "Database now at version 3 \\(add category\\), the latest migration: 2 migrations"
                + " applied in \\d+ ms\\.");
    assertThat(RunFixture.history(database)).containsExactly("1:true", "2:true", "3:true");
  }

  @Test
  void aRerunIsANoOpThatSaysSo() throws Exception {
    DatabaseTarget.Jdbc database = newDatabase();
    RunFixture project =
        new RunFixture(dir)
            .migration("V1__create_accounts.sql", DEMO_V1)
            .migration("V2__create_transactions.sql", DEMO_V2);
    project.run(database);
    project.lines.clear();

    RunResult rerun = project.run(database).orElseThrow();

    assertThat(rerun.outcome()).isEqualTo(RunResult.Outcome.UP_TO_DATE);
    assertThat(rerun.applied()).isEmpty();
    assertThat(project.lines)
        .endsWith(
            "Pending: none.",
            "Nothing to apply: the database is already at version 2 (create transactions), the"
                + " latest migration. Running again changes nothing.");
    assertThat(RunFixture.history(database)).containsExactly("1:true", "2:true");
  }

  @Test
  void aMigrationFailingHalfwayLeavesSchemaAndHistoryAsTheyWere() throws Exception {
    DatabaseTarget.Jdbc database = newDatabase();
    RunFixture project = new RunFixture(dir).migration("V1__create_accounts.sql", DEMO_V1);
    project.run(database);
    project.migration(
        "V2__budgets.sql",
        "CREATE TABLE budgets (id BIGINT PRIMARY KEY);\n"
            + "INSERT INTO budgets VALUES (1);\n"
            + "ALTER TABLE budget ADD COLUMN limit_cents BIGINT;\n");

    RunResult result = project.run(database).orElseThrow();

    assertThat(result.outcome()).isEqualTo(RunResult.Outcome.FAILED);
    assertThat(result.failure().orElseThrow())
        .startsWith(
            "run-migrations failed: V2__budgets.sql at line 3: ALTER TABLE budget ADD COLUMN"
                + " limit_cents BIGINT -> ERROR: relation \"budget\" does not exist")
        .contains(
            "The database was left unchanged: PostgreSQL rolled back V2__budgets.sql (each"
                + " migration runs in its own transaction) and nothing was applied before it: it is"
                + " still at version 1 (create accounts).")
        .endsWith("The deploy stops here.");
    assertThat(RunFixture.history(database)).containsExactly("1:true");
    assertThat(tableExists(database, "budgets")).isFalse();
  }

  @Test
  void aFailureAfterOthersWereAppliedSaysWhichStay() throws Exception {
    DatabaseTarget.Jdbc database = newDatabase();
    RunFixture project =
        new RunFixture(dir)
            .migration("V1__create_accounts.sql", DEMO_V1)
            .migration("V2__create_transactions.sql", DEMO_V2)
            .migration("V3__broken.sql", "ALTER TABLE nowhere ADD COLUMN x INT;\n");

    RunResult result = project.run(database).orElseThrow();

    assertThat(result.failure().orElseThrow())
        .contains(
            "PostgreSQL rolled back V3__broken.sql (each migration runs in its own transaction); the"
                + " 2 migrations applied before it in this run stay (V1, V2): it is now at version 2"
                + " (create transactions) (was empty).");
    assertThat(result.applied()).extracting(RunResult.Step::key).containsExactly("V1", "V2");
    assertThat(RunFixture.history(database)).containsExactly("1:true", "2:true");
  }

  @Test
  void aFailedMigrationOutsideATransactionIsReportedAsChangingTheDatabase() throws Exception {
    DatabaseTarget.Jdbc database = newDatabase();
    RunFixture project =
        new RunFixture(dir)
            .migration("V1__create_accounts.sql", DEMO_V1)
            .migration(
                "V2__index.sql", "CREATE INDEX CONCURRENTLY accounts_nick ON accounts (nick);\n");

    RunResult result = project.run(database).orElseThrow();

    assertThat(result.failure().orElseThrow())
        .contains(
            "The database may have been changed: V2__index.sql ran outside a transaction, so any of"
                + " its statements before the failing one stay. The 1 migration applied before it"
                + " in this run stays (V1): it is now at version 1 (create accounts) (was empty).")
        .contains("The DB team must check it by hand");
  }

  @Test
  void twoRunsStartedAtOnceOnOneEmptyDatabaseApplyEachMigrationOnce() throws Exception {
    DatabaseTarget.Jdbc database = newDatabase();
    RunFixture project =
        new RunFixture(dir)
            .migration(
                "V1__create_accounts.sql", DEMO_V1 + "SELECT pg_sleep(1);\n") // holds the lock
            .migration("V2__create_transactions.sql", DEMO_V2)
            .migration("V3__add_category.sql", DEMO_V3);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<RunResult>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          threads.submit(
              () -> {
                start.await();
                return project.run(database).orElseThrow();
              }));
    }
    start.countDown();
    List<RunResult> results = new ArrayList<>();
    for (Future<RunResult> run : runs) {
      results.add(run.get(60, TimeUnit.SECONDS));
    }
    threads.shutdown();

    assertThat(results).allSatisfy(r -> assertThat(r.passed()).isTrue());
    assertThat(results).allSatisfy(r -> assertThat(r.versionAfter()).contains("3"));
    assertThat(results.stream().mapToInt(r -> r.applied().size()).sum()).isEqualTo(3);
    assertThat(RunFixture.history(database)).containsExactly("1:true", "2:true", "3:true");
  }

  private static boolean tableExists(DatabaseTarget.Jdbc database, String table) throws Exception {
    try (Connection connection = DriverManager.getConnection(database.url(), "postgres", "");
        ResultSet result = connection.getMetaData().getTables(null, "public", table, null)) {
      return result.next();
    }
  }
}
