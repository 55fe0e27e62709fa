package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class RenameColumnRuleTest {
  private final RuleTester tester = RuleTester.of(new RenameColumnRule());

  @Test
  void flagsRenameColumn() {
    assertThat(tester.sql("ALTER TABLE accounts RENAME COLUMN name TO title;"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("renames column name"));
  }

  @Test
  void flagsRenameWithoutColumnKeywordAndH2sSpelling() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE accounts RENAME name TO title;
                ALTER TABLE accounts ALTER COLUMN name RENAME TO title;
                """))
        .hasSize(2);
  }

  @Test
  void ignoresTableConstraintAndIndexRenames() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t RENAME TO u;
                ALTER TABLE t RENAME CONSTRAINT c1 TO c2;
                ALTER TABLE t RENAME INDEX i1 TO i2;
                /* ALTER TABLE t RENAME COLUMN a TO b */
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TABLE t (a int); ALTER TABLE t RENAME COLUMN a TO b;")).isEmpty();
  }
}
