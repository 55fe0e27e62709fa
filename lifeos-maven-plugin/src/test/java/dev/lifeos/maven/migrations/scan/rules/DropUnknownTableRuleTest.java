package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Severity;
import org.junit.jupiter.api.Test;

class DropUnknownTableRuleTest {
  private final RuleTester tester = RuleTester.of(new DropUnknownTableRule());

  @Test
  void noticesADropIfExistsOfATableNoMigrationCreated() {
    assertThat(
            tester
                .after()
                .sql(
                    "DROP TABLE IF EXISTS legacy_accounts;\nCREATE TABLE legacy_accounts (id int);"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.NOTICE);
              assertThat(f.message())
                  .isEqualTo(
                      "DROP TABLE IF EXISTS legacy_accounts: no earlier migration creates"
                          + " legacy_accounts, so this drops nothing unless it was created outside"
                          + " the migrations.");
            });
  }

  @Test
  void leavesTablesAMigrationCreatedToDropTable() {
    assertThat(
            tester
                .after("CREATE TABLE accounts (id int);")
                .sql("DROP TABLE IF EXISTS accounts; DROP TABLE ghosts;"))
        .isEmpty();
  }

  @Test
  void saysNothingWithoutTheEarlierMigrations() {
    assertThat(tester.sql("DROP TABLE IF EXISTS legacy_accounts;")).isEmpty();
  }
}
