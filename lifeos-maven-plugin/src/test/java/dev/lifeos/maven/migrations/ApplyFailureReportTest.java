package dev.lifeos.maven.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.db.TestPostgres;
import dev.lifeos.maven.rules.Finding;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What check-migrations reports when the apply fails: the real counts, the statement itself (not
 * the comment before it), and a statement too deeply nested for the database's parser as a user
 * error naming the file, on H2 (whose parser overflows the stack) and on PostgreSQL.
 */
@Timeout(120)
class ApplyFailureReportTest {
  @TempDir Path dir;

  @Test
  void afterAFailureTheCountsAreTheMigrationsTheHistoryRecords() throws Exception {
    TestProject project =
        new TestProject(dir)
            .migration("V1__accounts.sql", "CREATE TABLE accounts (id BIGINT PRIMARY KEY);\n")
            .migration("V2__budgets.sql", "CREATE TABLE budgets (id BIGINT PRIMARY KEY);\n")
            .migration("V3__broken.sql", "ALTER TABLE nowhere ADD COLUMN x INT;\n")
            .migration("V4__notes.sql", "CREATE TABLE notes (id BIGINT PRIMARY KEY);\n");

    CheckResult result = project.check();

    assertThat(result.apply())
        .hasValueSatisfying(
            apply -> {
              assertThat(apply.applied()).isEqualTo(2);
              assertThat(apply.notApplied()).isEqualTo(2);
              assertThat(apply.describe())
                  .matches(
                      "applied 2 to H2 in memory \\(MODE=PostgreSQL\\) in \\d+ ms, 2 not applied");
            });
  }

  @Test
  void theQuotedStatementIsTheStatementNotTheCommentInFrontOfIt() throws Exception {
    StringBuilder header = new StringBuilder();
    for (int i = 1; i <= 48; i++) {
      header.append("-- ledger schema, part ").append(i).append('\n');
    }
    TestProject project =
        new TestProject(dir)
            .migration(
                "V1__accounts.sql",
                header
                    + "/* the accounts\n   of every customer */\n"
                    + "ALTER TABLE nowhere\n    ADD COLUMN x INT;\n");

    Finding problem = project.check().problems().get(0);

    assertThat(problem.line()).isEqualTo(51);
    assertThat(problem.message())
        .startsWith(
            "V1__accounts.sql does not apply to H2 in memory (MODE=PostgreSQL) at line 51: ALTER"
                + " TABLE nowhere ADD COLUMN x INT -> ")
        .doesNotContain("ledger schema");
  }

  @Test
  void aLongStatementIsQuotedUpToTwoHundredCharacters() throws Exception {
    TestProject project =
        new TestProject(dir)
            .migration(
                "V1__values.sql", "INSERT INTO nowhere VALUES (" + "1, ".repeat(500) + "1);\n");

    Finding problem = project.check().problems().get(0);

    assertThat(problem.message())
        .contains("at line 1: INSERT INTO nowhere VALUES (1, 1, ")
        .contains("... (1330 more characters) -> ");
  }

  @Test
  void aStatementNestedTooDeeplyForH2IsAUserErrorNamingTheFile() throws Exception {
    TestProject project = deeplyNested();

    CheckResult result = project.check();

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.file().getFileName()).hasToString("V2__deep.sql");
              assertThat(problem.message())
                  .startsWith(
                      "V2__deep.sql does not apply to H2 in memory (MODE=PostgreSQL) -> H2 in"
                          + " memory (MODE=PostgreSQL) ran out of stack parsing a statement in it");
              assertThat(problem.fix()).startsWith("split or simplify that statement");
            });
    assertThat(result.apply()).hasValueSatisfying(a -> assertThat(a.applied()).isEqualTo(1));
  }

  @Test
  void aStatementNestedTooDeeplyIsRefusedByPostgresqlAsAnErrorNamingTheFile() throws Exception {
    TestProject project = deeplyNested();
    project.database = Optional.of(TestPostgres.newDatabase("deep"));

    Finding problem = project.check().problems().get(0);

    assertThat(problem.file().getFileName()).hasToString("V2__deep.sql");
    assertThat(problem.message())
        .startsWith("V2__deep.sql does not apply to jdbc:postgresql:")
        .contains(" at line 1: SELECT ((((")
        .endsWith("-> ERROR: memory exhausted at or near \"(\""); // its parser's stack limit
  }

  /** 100,000 nested parentheses. */
  private TestProject deeplyNested() throws Exception {
    int depth = 100_000;
    return new TestProject(dir)
        .migration("V1__accounts.sql", "CREATE TABLE accounts (id BIGINT PRIMARY KEY);\n")
        .migration("V2__deep.sql", "SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n");
  }
}
