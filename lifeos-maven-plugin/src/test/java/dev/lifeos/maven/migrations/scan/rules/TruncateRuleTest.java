package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class TruncateRuleTest {
  private final RuleTester tester = RuleTester.of(new TruncateRule());

  @Test
  void flagsTruncate() {
    assertThat(tester.sql("TRUNCATE TABLE ONLY transactions CASCADE;"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).isEqualTo("TRUNCATE transactions deletes every row."));
  }

  @Test
  void ignoresCommentsStringsAndIdentifiers() {
    assertThat(
            tester.sql(
                """
                -- TRUNCATE transactions
                INSERT INTO log (what) VALUES ('truncate transactions');
                SELECT truncate_count, "truncate" FROM stats;
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TEMP TABLE staging (a int); TRUNCATE staging;")).isEmpty();
  }
}
