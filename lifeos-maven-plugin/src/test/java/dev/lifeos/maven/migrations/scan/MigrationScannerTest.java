package dev.lifeos.maven.migrations.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/** Every rule at once, over a project's history, as check-migrations and run-migrations scan. */
class MigrationScannerTest {
  private static Migration sql(String version, String text) {
    return new Migration(
        Migration.Type.VERSIONED,
        Migration.Language.SQL,
        Path.of("V" + version + "__m.sql"),
        MigrationVersion.fromVersion(version),
        "m",
        0,
        text);
  }

  private static List<String> rules(List<Finding> findings) {
    return findings.stream().map(f -> f.rule().id()).toList();
  }

  @Test
  void staysSilentOnTheSafeWayToSetNotNull() throws Exception {
    List<Migration> history =
        List.of(
            sql("1", "CREATE TABLE transactions (id bigint PRIMARY KEY, category text);"),
            sql(
                "2",
                "SET lock_timeout = '5s';\n"
                    + "ALTER TABLE transactions ADD CONSTRAINT category_not_null"
                    + " CHECK (category IS NOT NULL) NOT VALID;"),
            sql("3", "ALTER TABLE transactions VALIDATE CONSTRAINT category_not_null;"),
            sql(
                "4",
                "SET lock_timeout = '5s';\n"
                    + "ALTER TABLE transactions ALTER COLUMN category SET NOT NULL;\n"
                    + "ALTER TABLE transactions DROP CONSTRAINT category_not_null;"));

    Map<Migration, List<Finding>> found =
        new MigrationScanner(Dialect.POSTGRESQL, 12, List.of())
            .scan(history, history.subList(1, 4));

    assertThat(found.values()).allSatisfy(findings -> assertThat(findings).isEmpty());
  }

  @Test
  void replaysTheCatalogInFlywaysOrderWhateverOrderItIsGivenIn() throws Exception {
    Migration create = sql("1", "CREATE TABLE accounts (name varchar(100));");
    Migration widen = sql("2", "ALTER TABLE accounts ALTER COLUMN name TYPE varchar(200);");

    var found =
        new MigrationScanner(Dialect.POSTGRESQL, List.of("missing-lock-timeout"))
            .scan(List.of(widen, create), List.of(widen));

    assertThat(found.get(widen)).isEmpty();
  }

  @Test
  void judgesAMigrationAloneAsIfAnythingCouldExist() throws Exception {
    var scanner = new MigrationScanner(Dialect.POSTGRESQL, List.of("missing-lock-timeout"));

    assertThat(
            rules(
                RuleTester.alone(
                    scanner,
                    sql(
                        "2",
                        "ALTER TABLE accounts ALTER COLUMN name TYPE varchar(200);\n"
                            + "DROP TABLE IF EXISTS legacy;"))))
        .containsExactly("alter-column-type", "drop-table");
  }

  @Test
  void refusesMigrationsWithSqlThatNeverRuns() throws Exception {
    Migration broken = sql("2", "-- ALTER TABLE accounts DROP COLUMN name;\n");
    var found =
        new MigrationScanner(Dialect.POSTGRESQL, List.of()).scan(List.of(broken), List.of(broken));

    assertThatThrownBy(() -> MigrationScanner.refuseErrors(found))
        .isInstanceOf(GateFailure.class)
        .hasMessage(
            "Refusing to migrate: SQL in the pending migrations would never run, and Flyway would"
                + " record it as applied. Nothing was changed.\n"
                + "  V2__m.sql:1 [nothing-to-run] The migration holds no statement, only comments:"
                + " Flyway records it as applied and runs nothing. Fix: Put the statements in"
                + " (uncommented), or delete the file while it is unreleased; if doing nothing is"
                + " the point, say so with a statement such as SELECT 1.");
  }

  @Test
  void placesSqlFromJavaLiteralsAtTheirLineAndColumn() throws Exception {
    Migration java =
        new Migration(
            Migration.Type.VERSIONED,
            Migration.Language.JAVA,
            Path.of("V3__Backfill.java"),
            MigrationVersion.fromVersion("3"),
            "Backfill",
            0,
            """
            public class V3__Backfill extends BaseJavaMigration {
              public void migrate(Context context) throws Exception {
                String sql = \"""
                    UPDATE accounts
                       SET currency = 'EUR'
                    \""";
                context.getConnection().createStatement().execute(sql);
                new JdbcTemplate(ds).update("DELETE FROM sessions");
              }
            }
            """);

    var found =
        new MigrationScanner(Dialect.POSTGRESQL, List.of("java-raw-sql"))
            .scan(List.of(java), List.of(java));

    assertThat(found.get(java))
        .extracting(f -> f.rule().id() + "@" + f.line() + ":" + f.column())
        .containsExactly("update-without-where@4:1", "delete-without-where@8:34");
  }
}
