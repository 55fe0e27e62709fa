package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class AddForeignKeyWithoutNotValidRuleTest {
  private final RuleTester tester = RuleTester.of(new AddForeignKeyWithoutNotValidRule());

  @Test
  void flagsAForeignKeyOnAnExistingTable() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE transactions ADD CONSTRAINT transactions_account_fk
                    FOREIGN KEY (account_id) REFERENCES accounts (id);
                ALTER TABLE budgets ADD FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE;
                """))
        .hasSize(2)
        .first()
        .satisfies(
            f ->
                assertThat(f.message())
                    .startsWith(
                        "ALTER TABLE transactions ADD CONSTRAINT transactions_account_fk FOREIGN KEY"));
  }

  @Test
  void ignoresNotValidOtherConstraintsAndNewTables() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES p (id) NOT VALID;
                ALTER TABLE t ADD CONSTRAINT t_check CHECK (a > 0);
                ALTER TABLE t ADD COLUMN note text;
                CREATE TABLE c (id bigint, p bigint);
                ALTER TABLE c ADD CONSTRAINT c_fk FOREIGN KEY (p) REFERENCES p (id);
                -- ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p (id)
                """))
        .isEmpty();
  }

  @Test
  void flagsAnInlineForeignKeyOnANewColumn() {
    assertThat(
            tester.sql(
                "ALTER TABLE transactions ADD COLUMN budget_id bigint REFERENCES budgets (id);"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "ALTER TABLE transactions ADD COLUMN budget_id bigint REFERENCES budgets"
                            + " (id) adds a foreign key that cannot be NOT VALID: it locks the"
                            + " referenced table against writes."));
  }

  @Test
  void flagsValidationInTheMigrationThatAddedItNotValid() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES p (id) NOT VALID;
                ALTER TABLE t VALIDATE CONSTRAINT t_fk;
                """))
        .singleElement()
        .satisfies(f -> assertThat(f.line()).isEqualTo(2));
  }

  @Test
  void ignoresValidationInALaterMigration() {
    assertThat(
            tester
                .after(
                    "ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES p (id) NOT VALID;")
                .sql("ALTER TABLE t VALIDATE CONSTRAINT t_fk;"))
        .isEmpty();
  }

  @Test
  void appliesOnlyToPostgresql() {
    assertThat(tester.on(Dialect.MYSQL).sql("ALTER TABLE t ADD FOREIGN KEY (a) REFERENCES p (id);"))
        .isEmpty();
  }
}
