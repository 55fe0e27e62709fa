package dev.lifeos.maven.migrations.scan.rules;

import static dev.lifeos.maven.migrations.trace.TracedCheck.dangers;
import static dev.lifeos.maven.migrations.trace.TracedCheck.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.trace.TracedCheck;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** table-rewrite, on a real PostgreSQL: the lock trace sees the table get a new file. */
class TableRewriteRuleTest {
  private static final String ACCOUNTS =
      "CREATE TABLE accounts (id int PRIMARY KEY, name varchar(10));";

  @TempDir Path project;

  @Test
  void addColumnWithAVolatileDefaultRewritesAndTheStaticRuleAgrees() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration(ACCOUNTS)
            .migration("ALTER TABLE accounts ADD COLUMN token uuid DEFAULT gen_random_uuid();")
            .run();

    assertThat(dangers(result)).containsExactly("add-column-rewrites-table/agrees");
    assertThat(message(result, "add-column-rewrites-table"))
        .contains("The lock trace agrees: took ACCESS EXCLUSIVE on public.accounts,")
        .contains("rewrote public.accounts; held ");
  }

  @Test
  void intToBigintRewritesUnderAccessExclusiveAndTheStaticRuleAgrees() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration(ACCOUNTS)
            .migration("ALTER TABLE accounts ALTER COLUMN id TYPE bigint;")
            .run();

    assertThat(dangers(result)).containsExactly("alter-column-type/agrees");
    assertThat(message(result, "alter-column-type"))
        .startsWith("1: ALTER TABLE accounts ALTER COLUMN id TYPE bigint changes the type")
        .contains("The lock trace agrees: took ACCESS EXCLUSIVE on public.accounts, rewrote");
  }

  @Test
  void widenningAVarcharRewritesNothingAndNothingIsFound() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration(ACCOUNTS)
            .migration("ALTER TABLE accounts ALTER COLUMN name TYPE varchar(20);")
            .run();

    assertThat(dangers(result)).isEmpty();
    assertThat(result.apply().orElseThrow().traces()).hasSize(2);
  }

  @Test
  void whenTheStaticRuleCannotKnowTheOldTypeTheTraceSaysThereWasNoRewrite() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration("DO $$ BEGIN EXECUTE 'CREATE TABLE notes (body varchar(100))'; END $$;")
            .migration("ALTER TABLE notes ALTER COLUMN body TYPE varchar(200);")
            .run();

    assertThat(dangers(result)).containsExactly("alter-column-type/disagrees");
    assertThat(message(result, "alter-column-type"))
        .contains(
            "The lock trace disagrees: the rule says the statement rewrites the table; on"
                + " PostgreSQL it took ACCESS EXCLUSIVE on public.notes; held ");
  }

  @Test
  void aRewriteNoStaticRuleKnowsIsFoundByTheTraceAlone() throws Exception {
    CheckResult result =
        new TracedCheck(project)
            .migration(ACCOUNTS)
            .migration("-- order the rows\nCLUSTER accounts USING accounts_pkey;")
            .run();

    assertThat(dangers(result))
        .containsExactlyInAnyOrder("access-exclusive-lock/trace-only", "table-rewrite/trace-only");
    assertThat(message(result, "table-rewrite"))
        .isEqualTo(
            "2: CLUSTER accounts USING accounts_pkey rewrote public.accounts (new relfilenode) in "
                + result.apply().orElseThrow().traces().get(1).statements().get(0).millis()
                + " ms. No static rule flagged this statement.");
  }
}
