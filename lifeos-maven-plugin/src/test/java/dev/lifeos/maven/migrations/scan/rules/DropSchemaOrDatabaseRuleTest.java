package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class DropSchemaOrDatabaseRuleTest {
  private final RuleTester tester = RuleTester.of(new DropSchemaOrDatabaseRule());

  @Test
  void flagsDropSchemaAndDropDatabase() {
    assertThat(tester.sql("DROP SCHEMA IF EXISTS reporting CASCADE; drop database lifeos;"))
        .hasSize(2);
  }

  @Test
  void ignoresOtherDropsAndStrings() {
    assertThat(
            tester.sql(
                """
                DROP INDEX IF EXISTS old_idx;
                DROP VIEW v;
                SELECT 'drop schema public';
                """))
        .isEmpty();
  }
}
