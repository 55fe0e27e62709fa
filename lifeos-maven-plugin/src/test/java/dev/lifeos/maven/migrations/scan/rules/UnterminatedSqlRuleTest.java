package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Severity;
import org.junit.jupiter.api.Test;

class UnterminatedSqlRuleTest {
  private final RuleTester tester = RuleTester.of(new UnterminatedSqlRule());

  @Test
  void flagsAnUnclosedCommentAsAnErrorAtTheLineItOpens() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE accounts ADD COLUMN note text;
                /* the old column goes:
                ALTER TABLE accounts DROP COLUMN legacy_code;
                """))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.line()).isEqualTo(2);
              assertThat(f.message())
                  .isEqualTo(
                      "The block comment opened with /* at line 2 is never closed: everything"
                          + " after it is part of it, and those statements never run.");
            });
  }

  @Test
  void flagsUnclosedStringsAndDollarQuotes() {
    assertThat(tester.sql("INSERT INTO notes VALUES ('it's');")).hasSize(1);
    assertThat(tester.sql("CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1 $$;")).hasSize(1);
  }

  @Test
  void ignoresClosedCommentsAndQuotes() {
    assertThat(
            tester.sql(
                """
                /* a /* nested */ comment */
                INSERT INTO notes VALUES ('it''s', E'it\\'s', $$ /* $$);
                -- /* a line comment
                """))
        .isEmpty();
  }
}
