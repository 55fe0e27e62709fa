package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class UpdateWithoutWhereRuleTest {
  private final RuleTester tester = RuleTester.of(new UpdateWithoutWhereRule());

  @Test
  void flagsUpdateWithoutWhere() {
    assertThat(tester.sql("UPDATE accounts SET currency = 'EUR';"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo("UPDATE accounts has no WHERE clause: it rewrites every row."));
  }

  @Test
  void flagsUpdateWhoseOnlyWhereIsInASubquery() {
    assertThat(tester.sql("UPDATE t SET a = (SELECT max(b) FROM u WHERE u.id = 1);")).hasSize(1);
  }

  @Test
  void ignoresUpdateWithWhereForUpdateAndCascades() {
    assertThat(
            tester.sql(
                """
                UPDATE t SET a = 1 WHERE id = 2;
                SELECT * FROM t FOR UPDATE;
                CREATE TABLE c (p bigint REFERENCES p (id) ON UPDATE CASCADE);
                CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();
                SELECT 'update t set a = 1';
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TABLE t (a int); UPDATE t SET a = 1;")).isEmpty();
  }

  @Test
  void flagsAnUpdateWithoutWhereInsideAWithClause() {
    assertThat(
            tester.sql(
                """
                WITH moved AS (UPDATE accounts SET currency = 'EUR' RETURNING id),
                     kept AS MATERIALIZED (UPDATE budgets SET year = 2027 WHERE year = 2026 RETURNING id)
                INSERT INTO audit (account_id) SELECT id FROM moved;
                """))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message())
                  .isEqualTo("UPDATE accounts has no WHERE clause: it rewrites every row.");
              assertThat(f.column()).isEqualTo(16);
            });
  }

  @Test
  void ignoresAnUpdateWithWhereInsideAWithClause() {
    assertThat(
            tester.sql(
                "WITH x AS (UPDATE t SET a = 1 WHERE id IN (SELECT id FROM u) RETURNING id)"
                    + " SELECT count(*) FROM x;"))
        .isEmpty();
  }
}
