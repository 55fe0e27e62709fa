package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class JavaRawSqlRuleTest {
  private final RuleTester tester = RuleTester.of(new JavaRawSqlRule());

  @Test
  void flagsJdbcAndJdbcTemplateCalls() {
    var findings =
        tester.java(
            """
            package db.migration;

            public class V4__Backfill extends BaseJavaMigration {
              public void migrate(Context context) throws Exception {
                try (var statement = context.getConnection().createStatement()) {
                  statement.execute("UPDATE accounts SET currency = 'EUR'");
                  statement.executeUpdate("DELETE FROM t");
                }
                new JdbcTemplate(ds).update("UPDATE t SET a = 1");
              }
            }
            """);

    assertThat(findings).extracting(Finding::line).containsExactly(6, 7, 9);
    assertThat(findings.get(0).column()).isEqualTo(17);
  }

  @Test
  void ignoresCommentsStringsAndDeclarations() {
    assertThat(
            tester.java(
                """
                class V5__Helper {
                  // statement.execute("DROP TABLE x");
                  /* jdbc.update( */
                  String doc = "call execute(sql) here";
                  String block = \"""
                      statement.execute(
                      \""";
                  void update(int x) {}
                  public int execute() { return 0; }
                  int executed = 1;
                }
                """))
        .isEmpty();
  }
}
