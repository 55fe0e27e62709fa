package dev.lifeos.maven.migrations.scan.rules;

import static dev.lifeos.maven.migrations.trace.TracedCheck.dangers;
import static dev.lifeos.maven.migrations.trace.TracedCheck.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.db.TestApplyOptions;
import dev.lifeos.maven.migrations.trace.TracedCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * access-exclusive-lock, on a real PostgreSQL: an ACCESS EXCLUSIVE lock held over a full read of
 * the table, and the SHARE lock of CREATE INDEX beside it.
 */
class AccessExclusiveLockRuleTest {
  private static final String ACCOUNTS =
      "CREATE TABLE accounts (id int PRIMARY KEY, name varchar(10));";

  @TempDir Path project;

  @Test
  void setNotNullReadsTheTableUnderAccessExclusiveAndTheStaticRuleAgrees() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration(ACCOUNTS)
            .migration("ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;")
            .run();

    assertThat(dangers(result)).containsExactly("set-not-null/agrees");
    assertThat(message(result, "set-not-null"))
        .contains(
            "The lock trace agrees: took ACCESS EXCLUSIVE on public.accounts, read"
                + " public.accounts whole; held ");
  }

  @Test
  void setNotNullAfterAValidatedCheckReadsNothingAndNothingIsFound() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration(ACCOUNTS)
            .migration(
                "ALTER TABLE accounts ADD CONSTRAINT name_set CHECK (name IS NOT NULL) NOT VALID;")
            .migration("ALTER TABLE accounts VALIDATE CONSTRAINT name_set;")
            .migration("ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;")
            .run();

    assertThat(dangers(result)).isEmpty();
  }

  @Test
  void createIndexTakesShareNotAccessExclusiveAndTheStaticRuleAgrees() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration(ACCOUNTS)
            .migration("CREATE INDEX accounts_name ON accounts (name);")
            .run();

    assertThat(dangers(result)).containsExactly("create-index-without-concurrently/agrees");
    assertThat(message(result, "create-index-without-concurrently"))
        .contains(
            "The lock trace agrees: took SHARE on public.accounts, read public.accounts whole");
  }

  @Test
  void createIndexConcurrentlyRunsOutsideATransactionAndNothingIsFound() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .options(TestApplyOptions.transactionalLock(false))
            .migration(ACCOUNTS)
            .migration("CREATE INDEX CONCURRENTLY accounts_name ON accounts (name);")
            .run();

    assertThat(result.problems()).isEmpty();
    assertThat(dangers(result)).isEmpty();
    assertThat(result.apply().orElseThrow().traces().get(1).statements())
        .singleElement()
        .satisfies(s -> assertThat(s.inTransaction()).isFalse());
  }
}
