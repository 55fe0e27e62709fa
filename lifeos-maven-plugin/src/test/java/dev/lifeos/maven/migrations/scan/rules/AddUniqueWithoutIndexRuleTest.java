package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class AddUniqueWithoutIndexRuleTest {
  private final RuleTester tester = RuleTester.of(new AddUniqueWithoutIndexRule());

  @Test
  void flagsPrimaryKeyAndUniqueBuiltUnderTheLock() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE accounts ADD CONSTRAINT accounts_pk PRIMARY KEY (id);
                ALTER TABLE accounts ADD UNIQUE (email);
                ALTER TABLE accounts ADD COLUMN iban text UNIQUE;
                """))
        .extracting(Finding::message)
        .containsExactly(
            "ALTER TABLE accounts ADD CONSTRAINT accounts_pk PRIMARY KEY (id) builds its index"
                + " while reads and writes wait.",
            "ALTER TABLE accounts ADD UNIQUE (email) builds its index while reads and writes"
                + " wait.",
            "ALTER TABLE accounts ADD COLUMN iban text UNIQUE builds a unique index while reads"
                + " and writes wait.");
  }

  @Test
  void ignoresConstraintsOnAnExistingIndexAndOnNewTables() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE accounts ADD CONSTRAINT accounts_pk PRIMARY KEY USING INDEX accounts_id;
                ALTER TABLE accounts ADD CONSTRAINT accounts_email UNIQUE USING INDEX accounts_email;
                ALTER TABLE accounts ADD CONSTRAINT positive CHECK (balance >= 0) NOT VALID;
                CREATE TABLE budgets (id bigint, name text);
                ALTER TABLE budgets ADD PRIMARY KEY (id);
                """))
        .isEmpty();
  }
}
