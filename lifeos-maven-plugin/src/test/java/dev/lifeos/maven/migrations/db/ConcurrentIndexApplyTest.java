package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * CREATE INDEX CONCURRENTLY on a real PostgreSQL, alone in its file and mixed with other statements
 * (Flyway's mixed=true): it applies with Flyway's lock outside a transaction, and with Flyway's
 * default (the lock held in a transaction, which the index build waits for) it stops in seconds
 * with the setting to change, where it used to wait for ever.
 */
@Timeout(120)
class ConcurrentIndexApplyTest {
  private static final String ACCOUNTS =
      "CREATE TABLE accounts (id BIGINT PRIMARY KEY, nick TEXT);\n"
          + "INSERT INTO accounts SELECT g, 'n' || g FROM generate_series(1, 1000) g;\n";

  /** Flyway's default lock, and a lock timeout too long to be what ends the wait. */
  private static final ApplyOptions LOCKED_WAITING_A_MINUTE =
      TestApplyOptions.lockTimeout(Duration.ofMinutes(1));

  @TempDir Path dir;
  private ApplyFixture project;
  private DatabaseTarget.Jdbc database;

  @BeforeEach
  void accounts() throws Exception {
    project = new ApplyFixture(dir).migration("V1__accounts.sql", ACCOUNTS);
    database = TestPostgres.newDatabase("cic");
  }

  @Test
  void aloneInItsFileItAppliesWithFlywaysLockOutsideATransaction() throws Exception {
    project.migration(
        "V2__nick.sql", "CREATE INDEX CONCURRENTLY accounts_nick ON accounts (nick);\n");

    assertThat(project.apply(database, TestApplyOptions.transactionalLock(false))).isEmpty();
    assertThat(TestPostgres.indexValid(database, "accounts_nick")).contains(true);
  }

  @Test
  void mixedWithOtherStatementsItAppliesWithFlywaysLockOutsideATransaction() throws Exception {
    project.mixed = true;
    project.migration(
        "V2__budgets.sql",
        "CREATE TABLE budgets (id BIGINT PRIMARY KEY, account_id BIGINT);\n"
            + "CREATE INDEX CONCURRENTLY budgets_account ON budgets (account_id);\n"
            + "CREATE INDEX CONCURRENTLY accounts_nick ON accounts (nick);\n");

    assertThat(project.apply(database, TestApplyOptions.transactionalLock(false))).isEmpty();
    assertThat(TestPostgres.indexValid(database, "budgets_account")).contains(true);
    assertThat(TestPostgres.indexValid(database, "accounts_nick")).contains(true);
  }

  @Test
  void underFlywaysTransactionalLockItStopsInSecondsWithTheSettingToChange() throws Exception {
    project.migration(
        "V2__nick.sql", "CREATE INDEX CONCURRENTLY accounts_nick ON accounts (nick);\n");

    ApplyStopped stopped = project.apply(database, LOCKED_WAITING_A_MINUTE).orElseThrow();

    assertThat(project.took).isLessThan(Duration.ofSeconds(30)); // not the lock timeout
    assertThat(stopped.kind()).isEqualTo(ApplyStopped.Kind.SELF_WAIT);
    assertThat(stopped.script()).contains("V2__nick.sql");
    assertThat(stopped.where())
        .isEqualTo(" at line 1: CREATE INDEX CONCURRENTLY accounts_nick ON accounts (nick)");
    assertThat(stopped.what())
        .startsWith("waited for the end of another transaction (virtualxid), held by pid ")
        .contains("idle in transaction for ")
        .contains("this apply's own Flyway connection")
        .contains("postgresql.transactional.lock=true, Flyway's default")
        .endsWith("the statement was cancelled");
    assertThat(stopped.fix())
        .hasValueSatisfying(
            fix ->
                assertThat(fix)
                    .startsWith("set postgresql.transactional.lock=false")
                    .contains("spring.flyway.postgresql.transactional-lock=false")
                    .contains("flyway.postgresql.transactional.lock=false (flyway.conf)")
                    .contains("<postgresqlTransactionalLock>false</postgresqlTransactionalLock>")
                    .doesNotContain("FLYWAY_")); // the goals do not read Flyway's variables
  }

  @Test
  void mixedUnderFlywaysTransactionalLockItStopsInSecondsToo() throws Exception {
    project.mixed = true;
    project.migration(
        "V2__budgets.sql",
        "CREATE TABLE budgets (id BIGINT PRIMARY KEY, account_id BIGINT);\n"
            + "\n"
            + "CREATE INDEX CONCURRENTLY budgets_account ON budgets (account_id);\n");

    ApplyStopped stopped = project.apply(database, LOCKED_WAITING_A_MINUTE).orElseThrow();

    assertThat(project.took).isLessThan(Duration.ofSeconds(30));
    assertThat(stopped.kind()).isEqualTo(ApplyStopped.Kind.SELF_WAIT);
    assertThat(stopped.where())
        .isEqualTo(" at line 3: CREATE INDEX CONCURRENTLY budgets_account ON budgets (account_id)");
  }
}
