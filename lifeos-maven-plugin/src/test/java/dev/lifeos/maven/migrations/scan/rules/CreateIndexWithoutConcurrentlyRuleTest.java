package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class CreateIndexWithoutConcurrentlyRuleTest {
  private final RuleTester tester = RuleTester.of(new CreateIndexWithoutConcurrentlyRule());

  @Test
  void flagsCreateIndexOnAnExistingTable() {
    assertThat(tester.sql("CREATE UNIQUE INDEX accounts_name ON accounts (name);"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).contains("CREATE INDEX on accounts without CONCURRENTLY"));
  }

  @Test
  void ignoresConcurrentlyAndATableCreatedInTheSameMigration() {
    assertThat(
            tester.sql(
                """
                CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a ON t (a);
                CREATE TABLE payments (id bigint, account_id bigint);
                CREATE INDEX payments_account ON payments (account_id);
                CREATE INDEX payments_lower ON public.payments (lower(ref)) WHERE ref IS NOT NULL;
                """))
        .isEmpty();
  }

  @Test
  void appliesOnlyToPostgresql() {
    assertThat(tester.on(Dialect.MYSQL).sql("CREATE INDEX a_n ON accounts (name);")).isEmpty();
    assertThat(tester.on(Dialect.H2).sql("CREATE INDEX a_n ON accounts (name);")).isEmpty();
  }

  @Test
  void followsATableCreatedHereThroughRenameTo() {
    assertThat(
            tester.sql(
                """
                CREATE TABLE accounts_new (id bigint, name text);
                ALTER TABLE accounts RENAME TO accounts_old;
                ALTER TABLE accounts_new RENAME TO accounts;
                CREATE INDEX accounts_name ON accounts (name);
                CREATE INDEX accounts_old_name ON accounts_old (name);
                """))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(5));
  }
}
