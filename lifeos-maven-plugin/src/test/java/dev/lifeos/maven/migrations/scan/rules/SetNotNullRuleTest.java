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

  private static final String CHECK_NOT_VALID =
      "ALTER TABLE transactions ADD CONSTRAINT category_not_null"
          + " CHECK (category IS NOT NULL) NOT VALID;";
  private static final String VALIDATE =
      "ALTER TABLE transactions VALIDATE CONSTRAINT category_not_null;";
  private static final String SET_NOT_NULL =
      "ALTER TABLE transactions ALTER COLUMN category SET NOT NULL;\n"
          + "ALTER TABLE transactions DROP CONSTRAINT category_not_null;";

  @Test
  void staysSilentOnTheSafePathOnPostgresql12AndLater() {
    assertThat(tester.after(CHECK_NOT_VALID, VALIDATE).sql(SET_NOT_NULL)).isEmpty();
    assertThat(tester.sql(CHECK_NOT_VALID + VALIDATE + SET_NOT_NULL)).isEmpty();
  }

  @Test
  void flagsTheSafePathWhenTheCheckIsNotValidatedOrPostgresqlIsOlder() {
    assertThat(tester.after(CHECK_NOT_VALID).sql(SET_NOT_NULL)).hasSize(1);
    assertThat(tester.postgres(11).after(CHECK_NOT_VALID, VALIDATE).sql(SET_NOT_NULL)).hasSize(1);
    assertThat(
            tester
                .after(
                    CHECK_NOT_VALID, "ALTER TABLE transactions DROP CONSTRAINT category_not_null;")
                .sql(SET_NOT_NULL))
        .hasSize(1);
  }

  @Test
  void ignoresAColumnAlreadyDeclaredNotNull() {
    assertThat(
            tester
                .after("CREATE TABLE transactions (category text NOT NULL);")
                .sql("ALTER TABLE transactions ALTER COLUMN category SET NOT NULL;"))
        .isEmpty();
  }
}
