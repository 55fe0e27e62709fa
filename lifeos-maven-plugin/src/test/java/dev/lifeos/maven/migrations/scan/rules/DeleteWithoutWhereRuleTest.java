package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class DeleteWithoutWhereRuleTest {
  private final RuleTester tester = RuleTester.of(new DeleteWithoutWhereRule());

  @Test
  void flagsDeleteWithoutWhere() {
    assertThat(tester.sql("DELETE FROM transactions;"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo(
                        "DELETE FROM transactions has no WHERE clause: it deletes every row."));
  }

  @Test
  void flagsDeleteAfterACteAndWhereOnlyInASubquery() {
    assertThat(
            tester.sql(
                """
                WITH old AS (SELECT id FROM t WHERE created < now()) DELETE FROM t;
                DELETE FROM t USING (SELECT id FROM u WHERE u.gone) AS g;
                """))
        .hasSize(2);
  }

  @Test
  void ignoresDeleteWithWhereAndCascadeClauses() {
    assertThat(
            tester.sql(
                """
                DELETE FROM t WHERE id = 1;
                WITH x AS (SELECT 1) DELETE FROM t WHERE id IN (SELECT * FROM x);
                CREATE TABLE c (p bigint REFERENCES p (id) ON DELETE CASCADE);
                -- DELETE FROM t
                SELECT 'delete from t';
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TABLE t (a int); INSERT INTO t VALUES (1); DELETE FROM t;"))
        .isEmpty();
  }

  @Test
  void flagsADeleteWithoutWhereInsideAWithClause() {
    assertThat(
            tester.sql(
                "WITH gone AS (DELETE FROM sessions RETURNING user_id) SELECT count(*) FROM gone;"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo("DELETE FROM sessions has no WHERE clause: it deletes every row."));
  }

  @Test
  void ignoresADeleteWithWhereInsideAWithClause() {
    assertThat(
            tester.sql(
                "WITH gone AS (DELETE FROM sessions WHERE expires < now() RETURNING user_id)"
                    + " DELETE FROM tokens WHERE user_id IN (SELECT user_id FROM gone);"))
        .isEmpty();
  }
}
