package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class DropIndexWithoutConcurrentlyRuleTest {
  private final RuleTester tester = RuleTester.of(new DropIndexWithoutConcurrentlyRule());

  @Test
  void flagsEachIndexDroppedWithoutConcurrently() {
    assertThat(tester.sql("DROP INDEX IF EXISTS accounts_name, public.accounts_iban;"))
        .extracting(Finding::message)
        .containsExactly(
            "DROP INDEX accounts_name without CONCURRENTLY locks its table against reads and"
                + " writes.",
            "DROP INDEX public.accounts_iban without CONCURRENTLY locks its table against reads"
                + " and writes.");
  }

  @Test
  void ignoresConcurrentlyAndIndexesCreatedInTheSameMigration() {
    assertThat(
            tester.sql(
                """
                DROP INDEX CONCURRENTLY accounts_name;
                CREATE INDEX CONCURRENTLY tmp_idx ON accounts (name);
                DROP INDEX tmp_idx;
                CREATE TABLE budgets (id int);
                """))
        .isEmpty();
  }

  @Test
  void ignoresAnIndexOnATableCreatedInTheSameMigration() {
    assertThat(
            tester
                .after("CREATE TABLE budgets_old (name text);")
                .sql(
                    """
                    CREATE TABLE budgets (name text);
                    CREATE INDEX budgets_name ON budgets (name);
                    ALTER TABLE budgets RENAME TO budgets_new;
                    DROP INDEX budgets_name;
                    """))
        .isEmpty();
  }
}
