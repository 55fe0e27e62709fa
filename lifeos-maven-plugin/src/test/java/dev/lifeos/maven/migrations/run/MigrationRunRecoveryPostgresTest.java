package dev.lifeos.maven.migrations.run;

import static dev.lifeos.maven.migrations.run.RunFixture.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.TestApplyOptions;
import dev.lifeos.maven.migrations.db.TestPostgres;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CREATE INDEX CONCURRENTLY that did not finish as a migration (its session killed, cancelled, or
 * the deploy killed before Flyway recorded it) leaves an index without a history row, INVALID or
 * valid, and the rerun fails with "already exists". run-migrations finds the index, says what state
 * it is in and which command the DB team runs; it never runs it itself.
 */
@Timeout(120)
class MigrationRunRecoveryPostgresTest {
  private static final String ACCOUNTS =
      "CREATE TABLE accounts (id BIGINT PRIMARY KEY, nick TEXT);\n"
          + "INSERT INTO accounts SELECT g, 'n' || g FROM generate_series(1, 1000) g;\n";
  private static final String CONCURRENT_INDEX =
      "-- the nick lookups of the support screen\n"
          + "CREATE INDEX CONCURRENTLY accounts_nick ON accounts (nick);\n";
  private static final String DROP = "DROP INDEX CONCURRENTLY IF EXISTS public.accounts_nick;";

  @TempDir Path dir;
  private DatabaseTarget.Jdbc database;
  private RunFixture project;

  @BeforeEach
  void accountsAtVersionOne() throws Exception {
    database = TestPostgres.newDatabase("recovery");
    project = new RunFixture(dir).migration("V1__accounts.sql", ACCOUNTS);
    project.options = TestApplyOptions.transactionalLock(false);
    project.run(database);
    project.migration("V2__nick_index.sql", CONCURRENT_INDEX);
    project.lines.clear();
  }

  @Test
  void aRerunAfterTheIndexBuildWasKilledNamesTheInvalidIndexAndTheDropCommand() throws Exception {
    killedConcurrentIndexBuild();

    RunResult rerun = project.run(database).orElseThrow();

    assertThat(rerun.outcome()).isEqualTo(RunResult.Outcome.FAILED);
    assertThat(rerun.failure().orElseThrow())
        .startsWith(
            "run-migrations failed: V2__nick_index.sql at line 2: CREATE INDEX CONCURRENTLY"
                + " accounts_nick ON accounts (nick) -> ERROR: relation \"accounts_nick\" already"
                + " exists\n"
                + "The database may have been changed: V2__nick_index.sql ran outside a"
                + " transaction, so any of its statements before the failing one stay, and Flyway"
                + " recorded it as failed. Nothing was applied before it in this run: it is still"
                + " at version 1 (accounts).\n"
                + "The index public.accounts_nick exists but is INVALID: a CREATE INDEX"
                + " CONCURRENTLY of V2__nick_index.sql was interrupted (killed, cancelled or"
                + " failed) before it finished.")
        .contains("Drop it, then run again: " + DROP + " (run-migrations never drops anything")
        .contains(
            "The DB team must check it by hand: undo or finish its partial changes so that"
                + " V2__nick_index.sql can run again from its start, remove the failed row with"
                + " flyway repair, then deploy again")
        .doesNotContain("It: it");
    assertThat(TestPostgres.indexValid(database, "accounts_nick"))
        .contains(false); // still there: the DB team drops it, not the goal
  }

  @Test
  void aRerunAfterTheDeployDiedOnceTheIndexWasBuiltNamesTheValidIndex() throws Exception {
    execute("CREATE INDEX accounts_nick ON accounts (nick)"); // built; no history row

    RunResult rerun = project.run(database).orElseThrow();

    assertThat(rerun.failure().orElseThrow())
        .contains(
            "The index public.accounts_nick exists and is valid: an earlier run of"
                + " V2__nick_index.sql built it but ended (killed?) before Flyway recorded"
                + " V2__nick_index.sql as applied. It is now CREATE INDEX accounts_nick ON"
                + " public.accounts USING btree (nick). If that is the index V2__nick_index.sql"
                + " creates, drop it and run again, which builds it anew: "
                + DROP);

    execute(DROP);
    execute("DELETE FROM flyway_schema_history WHERE NOT success"); // flyway repair
    project.lines.clear();
    assertThat(project.run(database).orElseThrow().outcome()).isEqualTo(RunResult.Outcome.APPLIED);
    assertThat(TestPostgres.indexValid(database, "accounts_nick")).contains(true);
  }

  @Test
  void aMigrationRecordedAsFailedIsRefusedWithTheRecoverySteps() throws Exception {
    killedConcurrentIndexBuild();
    project.run(database); // records V2 as failed (Flyway's lock is outside a transaction)
    assertThat(history(database)).containsExactly("1:true", "2:false");

    assertThatThrownBy(() -> project.run(database))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith(
            "Refusing to migrate "
                + database.url().replaceFirst("\\?.*", "")
                + " as postgres: V2__nick_index.sql is recorded as failed in Flyway's schema"
                + " history: an earlier run stopped in the middle of it")
        .hasMessageContaining("The index public.accounts_nick exists but is INVALID")
        .hasMessageContaining(DROP)
        .hasMessageContaining("2. removes the failed row with flyway repair")
        .hasMessageEndingWith("Nothing was changed.");
  }

  @Test
  void underFlywaysTransactionalLockTheBuildStopsInSecondsAndSaysWhatItLeft() throws Exception {
    project.options = TestApplyOptions.lockTimeout(Duration.ofMinutes(1)); // Flyway's default lock

    RunResult result = project.run(database).orElseThrow();

    assertThat(result.failure().orElseThrow())
        .startsWith(
            "run-migrations failed: V2__nick_index.sql at line 2: CREATE INDEX CONCURRENTLY"
                + " accounts_nick ON accounts (nick) -> waited for the end of another transaction")
        .contains("The index public.accounts_nick exists but is INVALID")
        .contains("Fix: set postgresql.transactional.lock=false")
        .endsWith("The deploy stops here.");
    assertThat(history(database)).containsExactly("1:true");
  }

  /**
   * The index build of V2, killed while it waits for a transaction another session keeps open: the
   * index stays in the catalog, INVALID, and V2 was never recorded.
   */
  private void killedConcurrentIndexBuild() throws Exception {
    try (Connection writer = TestPostgres.connect(database, "writer");
        Connection builder = TestPostgres.connect(database, "index-build")) {
      writer.setAutoCommit(false);
      writer.createStatement().execute("INSERT INTO accounts VALUES (1001, 'late')");
      long buildPid = pid(builder);
      CompletableFuture<Void> build =
          CompletableFuture.runAsync(
              () -> {
                try (Statement statement = builder.createStatement()) {
                  statement.execute("CREATE INDEX CONCURRENTLY accounts_nick ON accounts (nick)");
                } catch (Exception killed) {
                  // terminated below
                }
              });
      waitUntilWaiting(buildPid);
      execute("SELECT pg_terminate_backend(" + buildPid + ")");
      build.get();
      writer.rollback();
    }
    assertThat(TestPostgres.indexValid(database, "accounts_nick")).contains(false);
  }

  private void waitUntilWaiting(long pid) throws Exception {
    String waiting = "SELECT wait_event_type FROM pg_stat_activity WHERE pid = " + pid;
    for (int i = 0; i < 300; i++) {
      if (TestPostgres.firstValue(database, waiting).filter("Lock"::equals).isPresent()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the index build never waited");
  }

  private static long pid(Connection connection) throws Exception {
    try (ResultSet row = connection.createStatement().executeQuery("SELECT pg_backend_pid()")) {
      row.next();
      return row.getLong(1);
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection connection = TestPostgres.connect(database, "dba");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
