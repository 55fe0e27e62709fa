package dev.lifeos.maven.migrations.scan.rules;

import static dev.lifeos.maven.migrations.trace.TracedCheck.dangers;
import static dev.lifeos.maven.migrations.trace.TracedCheck.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.trace.TracedCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lock-held-across-statements, on a real PostgreSQL. */
class LockHeldAcrossStatementsRuleTest {
  private static final String ACCOUNTS =
      "CREATE TABLE accounts (id int PRIMARY KEY, name varchar(10));\n"
          + "INSERT INTO accounts SELECT g, 'a' || g FROM generate_series(1, 5) g;";

  @TempDir Path project;

  @Test
  void anAccessExclusiveLockHeldThroughASlowBackfillIsFound() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration(ACCOUNTS)
            .migration(
                "ALTER TABLE accounts ADD COLUMN balance int;\n"
                    + "UPDATE accounts SET balance = 0 WHERE pg_sleep(0.1) IS NOT NULL;\n")
            .run();

    assertThat(dangers(result)).containsExactly("lock-held-across-statements/trace-only");
    assertThat(message(result, "lock-held-across-statements"))
        .startsWith(
            "1: ALTER TABLE accounts ADD COLUMN balance int took ACCESS EXCLUSIVE on"
                + " public.accounts, held through 1 later statement (UPDATE accounts SET balance = 0"
                + " WHERE pg_sleep(0.1) IS NOT NULL, ")
        .endsWith(" after it ended. No static rule flagged this statement.");
  }

  @Test
  void theSameChangeInTwoMigrationsHoldsNothingAcross() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration(ACCOUNTS)
            .migration("ALTER TABLE accounts ADD COLUMN balance int;")
            .migration("UPDATE accounts SET balance = 0 WHERE pg_sleep(0.1) IS NOT NULL;")
            .run();

    assertThat(dangers(result)).isEmpty();
  }

  @Test
  void aNewTableLockedThroughItsOwnBackfillIsNotFound() throws Exception {
    CheckResult result = new TracedCheck(project).migration(ACCOUNTS).run();

    assertThat(dangers(result)).isEmpty();
  }
}
