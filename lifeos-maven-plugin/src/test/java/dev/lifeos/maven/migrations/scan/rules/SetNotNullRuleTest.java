package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class SetNotNullRuleTest {
  private final RuleTester tester = RuleTester.of(new SetNotNullRule());

  @Test
  void flagsSetNotNull() {
    assertThat(tester.sql("ALTER TABLE transactions ALTER COLUMN category SET NOT NULL;"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("ALTER COLUMN category SET NOT NULL"));
  }

  @Test
  void flagsWithoutColumnKeyword() {
    assertThat(tester.sql("ALTER TABLE t ALTER category SET NOT NULL;")).hasSize(1);
  }

  @Test
  void ignoresDropNotNullDefaultsAndComments() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t ALTER COLUMN a DROP NOT NULL;
                ALTER TABLE t ALTER COLUMN a SET DEFAULT 'set not null';
                -- ALTER TABLE t ALTER COLUMN a SET NOT NULL
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TABLE t (a int); ALTER TABLE t ALTER COLUMN a SET NOT NULL;"))
        .isEmpty();
  }
}
