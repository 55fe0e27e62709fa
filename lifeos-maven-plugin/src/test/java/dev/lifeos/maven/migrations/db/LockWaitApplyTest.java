package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every wait of an apply ends: a migration waiting for a lock that another session holds stops at
 * the lock timeout, a statement that runs too long at the statement timeout, and with both off the
 * deadline ends it; each message names what it waited for and who held it, from pg_stat_activity
 * and pg_locks, with that session's literals masked.
 */
@Timeout(120)
class LockWaitApplyTest {
  @TempDir Path dir;
  private ApplyFixture project;
  private DatabaseTarget.Jdbc database;
  private Connection nightlyReport;
  private long reportPid;

  /** A table, and another application reading it in a transaction it leaves open. */
  @BeforeEach
  void anotherSessionHoldsALockOnAccounts() throws Exception {
    database = TestPostgres.newDatabase("locks");
    try (Connection setup = TestPostgres.connect(database, "setup");
        Statement statement = setup.createStatement()) {
      // in a schema of its own: Flyway refuses a non-empty default schema without history
      statement.execute("CREATE SCHEMA ledger");
      statement.execute("CREATE TABLE ledger.accounts (id BIGINT PRIMARY KEY, name TEXT)");
    }
    nightlyReport = TestPostgres.connect(database, "nightly-report");
    nightlyReport.setAutoCommit(false);
    try (Statement statement = nightlyReport.createStatement();
        ResultSet pid = statement.executeQuery("SELECT pg_backend_pid()")) {
      pid.next();
      reportPid = pid.getLong(1);
      statement
          .executeQuery("SELECT * FROM ledger.accounts WHERE name = 'S3cret-customer'")
          .close();
    }
    project =
        new ApplyFixture(dir.resolve("migrations"))
            .migration("V1__note.sql", "ALTER TABLE ledger.accounts ADD COLUMN note TEXT;\n");
  }

  @AfterEach
  void endTheReport() throws Exception {
    nightlyReport.close();
  }

  @Test
  void aMigrationWaitingForAnotherSessionsLockStopsAtTheLockTimeoutNamingTheHolder()
      throws Exception {
    ApplyStopped stopped =
        project.apply(database, TestApplyOptions.lockTimeout(Duration.ofSeconds(2))).orElseThrow();

    assertThat(project.took).isLessThan(Duration.ofSeconds(30));
    assertThat(stopped.kind()).isEqualTo(ApplyStopped.Kind.LOCK_TIMEOUT);
    assertThat(stopped.script()).contains("V1__note.sql");
    assertThat(stopped.where())
        .isEqualTo(" at line 1: ALTER TABLE ledger.accounts ADD COLUMN note TEXT");
    assertThat(stopped.what())
        .startsWith(
            "waited longer than 2s (lifeos.migrations.lockTimeout) for AccessExclusiveLock on"
                + " ledger.accounts, held by pid "
                + reportPid
                + " (idle in transaction for ")
        .contains(
            "application 'nightly-report', user postgres, last query: SELECT * FROM"
                + " ledger.accounts"
                + " WHERE name = '…')")
        .doesNotContain("S3cret-customer");
    assertThat(stopped.fix())
        .hasValueSatisfying(
            fix ->
                assertThat(fix)
                    .startsWith(
                        "pid "
                            + reportPid
                            + " must end first: see what it does, let it finish or end it"
                            + " (SELECT pg_terminate_backend("
                            + reportPid
                            + "))")
                    .contains("-Dlifeos.migrations.lockTimeout"));
  }

  @Test
  void aStatementRunningPastTheStatementTimeoutIsCancelledNamingTheSetting() throws Exception {
    project.migration("V2__slow.sql", "SELECT pg_sleep(60);\n");
    nightlyReport.rollback();

    ApplyStopped stopped =
        project
            .apply(database, TestApplyOptions.statementTimeout(Duration.ofSeconds(1)))
            .orElseThrow();

    assertThat(project.took).isLessThan(Duration.ofSeconds(30));
    assertThat(stopped.kind()).isEqualTo(ApplyStopped.Kind.STATEMENT_TIMEOUT);
    assertThat(stopped.script()).contains("V2__slow.sql");
    assertThat(stopped.what())
        .isEqualTo("ran longer than 1s (lifeos.migrations.statementTimeout) and was cancelled");
    assertThat(stopped.fix()).hasValueSatisfying(f -> assertThat(f).contains("statementTimeout"));
  }

  @Test
  void withNoLockOrStatementTimeoutTheDeadlineEndsTheWaitAndNamesTheHolder() throws Exception {
    ApplyOptions noTimeouts =
        new ApplyOptions(
            true, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(30), Duration.ofSeconds(5));

    ApplyStopped stopped = project.apply(database, noTimeouts).orElseThrow();

    assertThat(project.took).isLessThan(Duration.ofSeconds(40));
    assertThat(stopped.kind()).isEqualTo(ApplyStopped.Kind.DEADLINE);
    assertThat(stopped.script()).contains("V1__note.sql");
    assertThat(stopped.what())
        .startsWith(
            "was still running when the deadline of 5s (lifeos.migrations.deadline) passed,"
                + " waiting for AccessExclusiveLock on ledger.accounts, held by pid "
                + reportPid)
        .endsWith("; it was cancelled");
    assertThat(
            TestPostgres.firstValue(
                database,
                "SELECT count(*) FROM pg_stat_activity WHERE state = 'active'"
                    + " AND application_name LIKE 'lifeos-migrations-%'"))
        .contains("0");
  }
}
