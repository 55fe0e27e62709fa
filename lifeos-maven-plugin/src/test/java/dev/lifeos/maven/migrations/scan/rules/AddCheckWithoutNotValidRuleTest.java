package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class AddCheckWithoutNotValidRuleTest {
  private final RuleTester tester = RuleTester.of(new AddCheckWithoutNotValidRule());

  @Test
  void flagsACheckThatScansUnderTheLock() {
    assertThat(tester.sql("ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0);"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0) scans"
                            + " every row while reads and writes wait."));
  }

  @Test
  void flagsValidationInTheMigrationThatAddedItNotValid() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;
                ALTER TABLE accounts VALIDATE CONSTRAINT positive;
                """))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("validates the CHECK in the transaction"));
  }

  @Test
  void ignoresNotValidThenValidateInALaterMigrationAndNewTables() {
    assertThat(
            tester
                .after(
                    "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;")
                .sql(
                    """
                    ALTER TABLE accounts VALIDATE CONSTRAINT positive;
                    CREATE TABLE budgets (amount int);
                    ALTER TABLE budgets ADD CHECK (amount > 0);
                    """))
        .isEmpty();
    assertThat(tester.on(Dialect.H2).sql("ALTER TABLE t ADD CHECK (a > 0);")).isEmpty();
  }
}
