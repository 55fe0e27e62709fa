package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class AddNotNullColumnRuleTest {
  private final RuleTester tester = RuleTester.of(new AddNotNullColumnRule());

  @Test
  void flagsNotNullColumnWithoutDefault() {
    assertThat(tester.sql("ALTER TABLE transactions ADD COLUMN category VARCHAR(50) NOT NULL;"))
        .singleElement()
        .satisfies(
            f -> assertThat(f.message()).contains("ADD COLUMN category VARCHAR(50) NOT NULL"));
  }

  @Test
  void flagsWithoutColumnKeywordInAListAndPrimaryKeys() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t ADD IF NOT EXISTS a int NOT NULL;
                ALTER TABLE t ADD (b int NOT NULL, c int);
                ALTER TABLE t ADD COLUMN d bigint PRIMARY KEY;
                """))
        .hasSize(3);
  }

  @Test
  void ignoresDefaultsIdentitiesNullableColumnsAndConstraints() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t ADD COLUMN a int NOT NULL DEFAULT 0;
                ALTER TABLE t ADD COLUMN b bigint GENERATED ALWAYS AS IDENTITY NOT NULL;
                ALTER TABLE t ADD COLUMN c bigserial NOT NULL;
                ALTER TABLE t ADD COLUMN d text;
                ALTER TABLE t ADD COLUMN e text CHECK (e IS NOT NULL);
                ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY (id);
                ALTER TABLE t ADD CONSTRAINT c CHECK (x IS NOT NULL);
                -- ALTER TABLE t ADD COLUMN f int NOT NULL
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TABLE t (id int); ALTER TABLE t ADD COLUMN a int NOT NULL;"))
        .isEmpty();
  }
}
