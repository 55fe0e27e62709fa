package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Severity;
import org.junit.jupiter.api.Test;

class ConcurrentlyInTransactionRuleTest {
  private final RuleTester tester = RuleTester.of(new ConcurrentlyInTransactionRule());

  @Test
  void flagsConcurrentlyAfterAnExplicitBegin() {
    assertThat(
            tester.sql(
                """
                BEGIN;
                CREATE INDEX CONCURRENTLY accounts_name ON accounts (name);
                COMMIT;
                """))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "CREATE INDEX CONCURRENTLY runs inside the transaction opened by BEGIN at"
                            + " line 1: PostgreSQL refuses it."));
  }

  @Test
  void flagsAConcurrentIndexMixedWithTransactionalStatements() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE accounts ADD COLUMN iban text;
                CREATE UNIQUE INDEX CONCURRENTLY accounts_iban ON accounts (iban);
                """))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .contains("shares its migration with 1 statement that would run in a transaction")
                  .endsWith(
                      "Flyway refuses to mix them (mixed=false, its default) and the deploy fails.");
              assertThat(f.needsApproval()).isTrue();
            });
  }

  @Test
  void aMixThatTheProjectAllowsWithMixedIsANotice() {
    assertThat(
            tester
                .mixed()
                .sql(
                    """
                    ALTER TABLE accounts ADD COLUMN iban text;
                    CREATE UNIQUE INDEX CONCURRENTLY accounts_iban ON accounts (iban);
                    """))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.NOTICE);
              assertThat(f.needsApproval()).isFalse();
              assertThat(f.message())
                  .contains("with mixed=true Flyway runs the whole migration without one");
            });
  }

  @Test
  void flagsConcurrentStatementsFlywayRunsInItsTransaction() {
    assertThat(
            tester.sql(
                """
                REINDEX INDEX CONCURRENTLY accounts_name;
                """))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("is not one Flyway knows"));
    assertThat(tester.sql("ALTER TABLE events DETACH PARTITION events_2020 CONCURRENTLY;"))
        .hasSize(1);
  }

  @Test
  void ignoresConcurrentIndexesAloneInTheirMigration() {
    assertThat(
            tester.sql(
                """
                -- Flyway runs this file outside a transaction
                CREATE INDEX CONCURRENTLY IF NOT EXISTS accounts_name ON accounts (name);
                DROP INDEX CONCURRENTLY IF EXISTS accounts_old_name;
                """))
        .isEmpty();
    assertThat(tester.sql("BEGIN; COMMIT; DROP INDEX CONCURRENTLY i;")).hasSize(1); // mixed
    assertThat(tester.sql("REFRESH MATERIALIZED VIEW CONCURRENTLY totals;")).isEmpty();
  }
}
