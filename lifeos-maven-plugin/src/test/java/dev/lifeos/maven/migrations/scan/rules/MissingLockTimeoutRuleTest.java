package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Severity;
import org.junit.jupiter.api.Test;

class MissingLockTimeoutRuleTest {
  private final RuleTester tester = RuleTester.of(new MissingLockTimeoutRule());

  @Test
  void flagsTheFirstAccessExclusiveLockOnceAsANotice() {
    assertThat(
            tester.sql(
                """
                CREATE INDEX CONCURRENTLY accounts_name ON accounts (name);
                ALTER TABLE accounts ADD COLUMN note text;
                ALTER TABLE accounts DROP COLUMN legacy;
                """))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.severity()).isEqualTo(Severity.NOTICE);
              assertThat(f.message())
                  .startsWith(
                      "ALTER TABLE accounts takes an ACCESS EXCLUSIVE lock with no lock_timeout");
            });
  }

  @Test
  void flagsOtherAccessExclusiveStatements() {
    for (String sql :
        new String[] {
          "DROP TABLE accounts;",
          "TRUNCATE accounts;",
          "DROP INDEX accounts_name;",
          "LOCK TABLE accounts;",
          "REFRESH MATERIALIZED VIEW totals;",
          "VACUUM FULL accounts;",
          "SET lock_timeout = 0; ALTER TABLE accounts RENAME TO customers;"
        }) {
      assertThat(tester.sql(sql)).as(sql).hasSize(1);
    }
  }

  @Test
  void ignoresMigrationsThatSetALockTimeoutFirst() {
    assertThat(
            tester.sql(
                """
                SET lock_timeout = '5s';
                ALTER TABLE accounts ADD COLUMN note text;
                """))
        .isEmpty();
    assertThat(tester.sql("SET LOCAL lock_timeout TO '2s'; DROP TABLE accounts;")).isEmpty();
    assertThat(tester.sql("SELECT set_config('lock_timeout', '3s', false); TRUNCATE accounts;"))
        .isEmpty();
  }

  @Test
  void ignoresWeakerLocksAndNewTables() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE accounts VALIDATE CONSTRAINT positive;
                ALTER TABLE accounts ADD CONSTRAINT fk FOREIGN KEY (b) REFERENCES b (id) NOT VALID;
                ALTER TABLE accounts ALTER COLUMN name SET STATISTICS 500;
                CREATE INDEX CONCURRENTLY i ON accounts (name);
                LOCK TABLE accounts IN SHARE MODE;
                REFRESH MATERIALIZED VIEW CONCURRENTLY totals;
                CREATE TABLE budgets (id int);
                ALTER TABLE budgets ADD COLUMN name text;
                """))
        .isEmpty();
  }
}
