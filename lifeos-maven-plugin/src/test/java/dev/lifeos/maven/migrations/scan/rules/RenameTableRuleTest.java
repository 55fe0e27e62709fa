package dev.lifeos.maven.migrations.scan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.scan.RuleTester;
import org.junit.jupiter.api.Test;

class RenameTableRuleTest {
  private final RuleTester tester = RuleTester.of(new RenameTableRule());

  @Test
  void flagsAlterTableRenameTo() {
    assertThat(tester.sql("ALTER TABLE accounts RENAME TO wallets;"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .isEqualTo("ALTER TABLE accounts RENAME TO wallets renames a table."));
  }

  @Test
  void flagsMysqlRenameTable() {
    assertThat(tester.sql("RENAME TABLE accounts TO wallets;")).hasSize(1);
  }

  @Test
  void ignoresColumnConstraintAndIndexRenames() {
    assertThat(
            tester.sql(
                """
                ALTER TABLE t RENAME COLUMN a TO b;
                ALTER TABLE t RENAME CONSTRAINT c1 TO c2;
                ALTER INDEX i1 RENAME TO i2;
                -- ALTER TABLE t RENAME TO u
                SELECT 'rename table t to u';
                """))
        .isEmpty();
  }

  @Test
  void ignoresATableCreatedInTheSameMigration() {
    assertThat(tester.sql("CREATE TABLE t_new (a int); ALTER TABLE t_new RENAME TO t;")).isEmpty();
  }
}
