package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.Finding;
import dev.lifeos.maven.migrations.scan.RuleTester;
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
}
