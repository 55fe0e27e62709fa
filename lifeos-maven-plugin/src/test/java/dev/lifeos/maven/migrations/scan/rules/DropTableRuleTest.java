package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class DropTableRuleTest {
  private final RuleTester tester = RuleTester.of(new DropTableRule());

  @Test
  void flagsDropTableAtItsLineAndColumn() {
    var findings = tester.sql("-- cleanup\n  drop table if exists public.accounts cascade;");

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.column()).isEqualTo(3);
              assertThat(f.message()).contains("DROP TABLE public.accounts");
            });
  }

  @Test
  void flagsEachTableOfAList() {
    assertThat(tester.sql("DROP TABLE a, b;"))
        .extracting(Finding::message)
        .containsExactly(
            "DROP TABLE a deletes the table and all its rows.",
            "DROP TABLE b deletes the table and all its rows.");
  }

  @Test
  void ignoresCommentsStringsDollarQuotesAndIdentifiers() {
    assertThat(
            tester.sql(
                """
                -- DROP TABLE x
                /* DROP TABLE y /* nested */ DROP TABLE z */
                INSERT INTO audit (note) VALUES ('drop table accounts'), (E'it\\'s drop table x');
                CREATE FUNCTION f() RETURNS void AS $body$ DROP TABLE x; $body$ LANGUAGE sql;
                SELECT "drop table" FROM drop_table_log;
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TABLE tmp_import (id int); DROP TABLE tmp_import;")).isEmpty();
  }

  @Test
  void followsATableCreatedHereThroughASwap() {
    assertThat(
            tester.sql(
                """
                CREATE TABLE accounts_new (id bigint PRIMARY KEY, name text);
                INSERT INTO accounts_new SELECT id, name FROM accounts;
                ALTER TABLE accounts RENAME TO accounts_old;
                ALTER TABLE accounts_new RENAME TO accounts;
                DROP TABLE accounts;
                DROP TABLE accounts_old;
                """))
        .extracting(Finding::message)
        .containsExactly("DROP TABLE accounts_old deletes the table and all its rows.");
  }

  @Test
  void leavesDropIfExistsOfATableNoMigrationCreatedToDropUnknownTable() {
    assertThat(
            tester
                .after("CREATE TABLE accounts (id int);")
                .sql("DROP TABLE IF EXISTS legacy_accounts; DROP TABLE IF EXISTS accounts;"))
        .extracting(Finding::message)
        .containsExactly("DROP TABLE accounts deletes the table and all its rows.");
  }

  @Test
  void flagsDropIfExistsWithoutTheEarlierMigrations() {
    assertThat(tester.sql("DROP TABLE IF EXISTS legacy_accounts;")).hasSize(1);
  }

  @Test
  void flagsSqlThatAJavaMigrationRunsThroughAHelperMethod() {
    var findings =
        tester.java(
            """
            package db.migration;

            public class V5__Cleanup extends BaseJavaMigration {
              private static final String DROP_LEGACY = "DROP TABLE legacy_" + "codes";

              @Override
              public void migrate(Context context) throws Exception {
                exec(context, "CREATE TABLE scratch (id int)");
                exec(context, "DROP TABLE scratch");
                run(context, DROP_LEGACY);
                log("DROP TABLE is only text here");
              }

              private void run(Context context, String statement) throws Exception {
                exec(context, statement);
              }

              private void exec(Context context, String sql) throws Exception {
                try (var statement = context.getConnection().createStatement()) {
                  statement.execute(sql);
                }
              }

              private void log(String message) {}
            }
            """);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .isEqualTo("DROP TABLE legacy_codes deletes the table and all its rows.");
              assertThat(f.line()).isEqualTo(4);
            });
  }
}
