package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class TransactionControlRuleTest {
  private final RuleTester tester = RuleTester.of(new TransactionControlRule());

  @Test
  void flagsEveryStatementThatControlsTheTransaction() {
    assertThat(
            tester.sql(
                """
                BEGIN;
                UPDATE accounts SET currency = 'EUR' WHERE currency IS NULL;
                COMMIT;
                START TRANSACTION ISOLATION LEVEL SERIALIZABLE;
                ROLLBACK;
                END;
                """))
        .extracting(Finding::line)
        .containsExactly(1, 3, 4, 5, 6);
  }

  @Test
  void ignoresSavepointsFunctionBodiesAndStrings() {
    assertThat(
            tester.sql(
                """
                SAVEPOINT before_backfill;
                ROLLBACK TO SAVEPOINT before_backfill;
                RELEASE SAVEPOINT before_backfill;
                DO $$ BEGIN PERFORM 1; COMMIT; END $$;
                CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END;
                INSERT INTO audit VALUES ('COMMIT;');
                """))
        .isEmpty();
  }
}
