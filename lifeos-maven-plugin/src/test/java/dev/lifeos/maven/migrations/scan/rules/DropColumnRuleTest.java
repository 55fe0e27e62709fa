package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class DropColumnRuleTest {
  private final RuleTester tester = RuleTester.of(new DropColumnRule());

  @Test
  void flagsDropColumn() {
    assertThat(tester.sql("ALTER TABLE accounts DROP COLUMN legacy_code;"))
        .extracting(Finding::message)
        .containsExactly(
            "ALTER TABLE accounts DROP COLUMN legacy_code deletes the column and its data.");
  }

  @Test
  void flagsDropColumnWithoutColumnKeyword() {
    assertThat(tester.sql("alter table accounts drop legacy_code, drop if exists other;"))
        .hasSize(2);
  }

  @Test
  void flagsADropAmongOtherActions() {
    assertThat(tester.sql("ALTER TABLE t ADD COLUMN b int, DROP COLUMN a;"))
        .singleElement()
        .satisfies(f -> assertThat(f.column()).isEqualTo(33));
  }

  @Test
  void ignoresConstraintsDefaultsAndNotNull() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t DROP CONSTRAINT t_fk;
                ALTER TABLE t ALTER COLUMN c DROP DEFAULT;
                ALTER TABLE t ALTER COLUMN c DROP NOT NULL;
                ALTER TABLE t DROP PRIMARY KEY;
                """))
        .isEmpty();
  }

  @Test
  void ignoresCommentsStringsAndColumnNames() {
    assertThat(
            tester.sql(
                """
                -- ALTER TABLE t DROP COLUMN a
                UPDATE stats SET drop_column_count = 1 WHERE note = 'drop column';
                ALTER TABLE t ADD COLUMN drop_column_count int;
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TABLE t (a int, b int); ALTER TABLE t DROP COLUMN b;")).isEmpty();
  }
}
