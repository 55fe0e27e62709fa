package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Severity;
import org.junit.jupiter.api.Test;

class NothingToRunRuleTest {
  private final RuleTester tester = RuleTester.of(new NothingToRunRule());

  @Test
  void flagsAMigrationOfCommentsOnly() {
    assertThat(
            tester.sql(
                """
                -- ALTER TABLE accounts DROP COLUMN legacy_code;
                /* to do after the release */
                ;
                """))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.line()).isEqualTo(1);
            });
  }

  @Test
  void ignoresEmptyFilesStatementsAndUnclosedComments() {
    assertThat(tester.sql("")).isEmpty();
    assertThat(tester.sql("  \n")).isEmpty();
    assertThat(tester.sql("-- intentionally nothing\nSELECT 1;")).isEmpty();
    assertThat(tester.sql("/* never closed")).isEmpty(); // unterminated-sql's
  }
}
