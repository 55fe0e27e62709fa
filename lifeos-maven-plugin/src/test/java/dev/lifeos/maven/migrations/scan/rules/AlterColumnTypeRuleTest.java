package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class AlterColumnTypeRuleTest {
  private final RuleTester tester = RuleTester.of(new AlterColumnTypeRule());

  @Test
  void flagsPostgresTypeChange() {
    assertThat(
            tester.sql(
                "ALTER TABLE t ALTER COLUMN amount TYPE numeric(12,2) USING amount::numeric;"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("changes the type of column amount"));
  }

  @Test
  void flagsEveryDialectsSpelling() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t ALTER amount TYPE bigint;
                ALTER TABLE t ALTER COLUMN amount SET DATA TYPE bigint;
                ALTER TABLE t ALTER COLUMN amount VARCHAR(200);
                ALTER TABLE t MODIFY COLUMN amount BIGINT NOT NULL;
                ALTER TABLE t CHANGE amount amount_cents BIGINT;
                """))
        .hasSize(5);
  }

  @Test
  void ignoresOtherColumnAlterations() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t ALTER COLUMN a SET DEFAULT 0;
                ALTER TABLE t ALTER a DROP DEFAULT;
                ALTER TABLE t ALTER COLUMN a SET NOT NULL;
                ALTER TABLE t ALTER COLUMN id RESTART WITH 100;
                ALTER TABLE t ALTER CONSTRAINT fk DEFERRABLE;
                ALTER TABLE t ALTER COLUMN a RENAME TO b;
                -- ALTER TABLE t ALTER COLUMN a TYPE int
                SELECT 'alter column a type int';
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TABLE t (a int); ALTER TABLE t ALTER COLUMN a TYPE bigint;"))
        .isEmpty();
  }
}
