package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class AlterColumnTypeRuleTest {
  private static final String ACCOUNTS =
      """
      CREATE TABLE accounts (
        id bigint PRIMARY KEY,
        name varchar(100) NOT NULL,
        note character varying(200),
        code varchar(10),
        iban text,
        balance numeric(12,2),
        opened_at timestamp(3)
      );
      """;

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
                ALTER TABLE t ALTER a TYPE bigint;
                ALTER TABLE t ALTER COLUMN b SET DATA TYPE bigint;
                ALTER TABLE t ALTER COLUMN c VARCHAR(200);
                ALTER TABLE t MODIFY COLUMN d BIGINT NOT NULL;
                ALTER TABLE t CHANGE e e_cents BIGINT;
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

  @Test
  void ignoresChangesPostgresqlMakesWithoutARewrite() {
    assertThat(
            tester
                .after(ACCOUNTS)
                .sql(
                    """
                    ALTER TABLE accounts ALTER COLUMN name TYPE varchar(200);
                    ALTER TABLE accounts ALTER COLUMN note TYPE text;
                    ALTER TABLE accounts ALTER COLUMN code TYPE varchar;
                    ALTER TABLE accounts ALTER COLUMN iban SET DATA TYPE character varying;
                    ALTER TABLE accounts ALTER COLUMN balance TYPE decimal(16,2);
                    ALTER TABLE accounts ALTER COLUMN opened_at TYPE timestamp(6);
                    """))
        .isEmpty();
  }

  @Test
  void followsTheTypeThroughEarlierChanges() {
    assertThat(
            tester
                .after(ACCOUNTS, "ALTER TABLE accounts ALTER COLUMN name TYPE varchar(300);")
                .sql("ALTER TABLE accounts ALTER COLUMN name TYPE varchar(250);"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("(varchar(300) before)"));
  }

  @Test
  void flagsChangesThatRewriteOrRebuildIndexes() {
    assertThat(
            tester
                .after(ACCOUNTS)
                .sql(
                    """
                    ALTER TABLE accounts ALTER COLUMN name TYPE varchar(50);
                    ALTER TABLE accounts ALTER COLUMN iban TYPE varchar(34);
                    ALTER TABLE accounts ALTER COLUMN balance TYPE numeric(12,4);
                    ALTER TABLE accounts ALTER COLUMN id TYPE numeric;
                    ALTER TABLE accounts ALTER COLUMN note TYPE text COLLATE "C";
                    ALTER TABLE accounts ALTER COLUMN code TYPE text USING upper(code);
                    """))
        .hasSize(6);
  }

  @Test
  void acceptsAUsingThatOnlyCasts() {
    assertThat(
            tester
                .after(ACCOUNTS)
                .sql("ALTER TABLE accounts ALTER COLUMN note TYPE text USING note::text;"))
        .isEmpty();
  }

  @Test
  void flagsAWideningWhenTheOldTypeIsUnknown() {
    assertThat(tester.sql("ALTER TABLE accounts ALTER COLUMN name TYPE varchar(200);")).hasSize(1);
  }

  @Test
  void flagsAWideningOnOtherDatabases() {
    assertThat(
            tester
                .on(Dialect.MYSQL)
                .after(ACCOUNTS)
                .sql("ALTER TABLE accounts MODIFY name varchar(200);"))
        .hasSize(1);
  }
}
