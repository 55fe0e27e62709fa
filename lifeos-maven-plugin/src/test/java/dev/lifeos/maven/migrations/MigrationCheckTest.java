package dev.lifeos.maven.migrations;

import static dev.lifeos.maven.migrations.TestProject.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.config.FlywaySetting;
import dev.lifeos.maven.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole check on real git repositories and a real (in-memory) database. */
class MigrationCheckTest {
  @TempDir Path dir;
  private TestProject project;

  @BeforeEach
  void baseBranchWithThreeMigrations() throws Exception {
    project =
        new TestProject(dir)
            .gitInit()
            .write(".gitignore", "target/\n")
            .migration(
                "V1__create_accounts.sql", "CREATE TABLE accounts (id BIGINT PRIMARY KEY);\n")
            .migration(
                "V2__create_transactions.sql",
                "CREATE TABLE transactions (id BIGINT PRIMARY KEY, account_id BIGINT);\n")
            .commit("base")
            .migration(
                "V3__add_category.sql",
                "ALTER TABLE transactions ADD COLUMN category VARCHAR(50);\n")
            .commit("add category")
            .branch("feature");
    project.baseRef = Optional.of("main");
  }

  private void forkBeforeMainAddedV3() throws Exception {
    project
        .git
        .checkout()
        .setCreateBranch(true)
        .setName("early")
        .setStartPoint(project.git.getRepository().resolve("HEAD~1").name())
        .call();
  }

  @Test
  void cleanBranchAddingV4Passes() throws Exception {
    project.migration("V4__add_note.sql", "ALTER TABLE accounts ADD COLUMN note VARCHAR(100);\n");

    CheckResult result = project.check();

    assertThat(messages(result)).isEmpty();
    assertThat(result.scanned()).extracting(Migration::key).containsExactly("V4");
    assertThat(result.apply()).hasValueSatisfying(a -> assertThat(a.applied()).isEqualTo(4));
  }

  @Test
  void addingV3AgainCollidesWithTheBaseBranch() throws Exception {
    // forked before main added V3, the branch adds a V3 of its own
    forkBeforeMainAddedV3();
    project.migration("V3__add_budget.sql", "CREATE TABLE budgets (id BIGINT);\n");

    assertThat(messages(project.check()))
        .containsExactly(
            "branch-conflict: V3__add_budget.sql has version 3, which main already has:"
                + " V3__add_category.sql. Fix: renumber it to V4 (rename the file to V4__add_budget.sql)");
  }

  @Test
  void addingV2Point5BelowTheBaseHeadConflicts() throws Exception {
    project.migration(
        "V2.5__backfill.sql", "UPDATE transactions SET account_id = 1 WHERE id = 1;\n");

    assertThat(messages(project.check()))
        .containsExactly(
            "branch-conflict: V2.5__backfill.sql is not above V3, the highest version on main"
                + " (V3__add_category.sql): databases already at V3 would refuse it. Fix: renumber it"
                + " to V4 (rename the file to V4__backfill.sql)");
  }

  @Test
  void withOutOfOrderAMigrationBelowTheBaseHeadIsANoteNotAConflict() throws Exception {
    project.settings = MigrationSettings.defaults().with(FlywaySetting.OUT_OF_ORDER, "true");
    project.migration(
        "V2.5__backfill.sql", "UPDATE transactions SET account_id = 1 WHERE id = 1;\n");

    CheckResult result = project.check();

    assertThat(messages(result)).isEmpty();
    assertThat(result.notes())
        .extracting(Note::message)
        .containsExactly(
            "V2.5__backfill.sql is below V3__add_category.sql, the highest version on main. With"
                + " outOfOrder=true Flyway applies it out of order: databases already at 3 run it"
                + " after V3__add_category.sql, a new database runs it in version order. Make sure it"
                + " does not depend on the migrations above it, nor they on it.");
    assertThat(result.apply()).hasValueSatisfying(a -> assertThat(a.applied()).isEqualTo(4));
  }

  @Test
  void withOutOfOrderTheSameVersionTwiceStillConflicts() throws Exception {
    project.settings = MigrationSettings.defaults().with(FlywaySetting.OUT_OF_ORDER, "true");
    forkBeforeMainAddedV3();
    project.migration("V3__add_budget.sql", "CREATE TABLE budgets (id BIGINT);\n");

    assertThat(messages(project.check())).singleElement().asString().startsWith("branch-conflict:");
  }

  @Test
  void excludedFilesAreNeitherCheckedNorComparedWithTheBase() throws Exception {
    project.migration("fix_prod_by_hand.sql", "UPDATE accounts SET id = id;\n");
    project.settings =
        MigrationSettings.defaults()
            .excluding(List.of(Exclusion.parse("fix_*.sql # run by hand by the DB team")));

    CheckResult result = project.check();

    assertThat(messages(result)).isEmpty();
    assertThat(result.excluded())
        .extracting(e -> e.file().getFileName().toString(), e -> e.by().describe())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "fix_prod_by_hand.sql",
                "excluded by lifeos.migrations.exclude 'fix_*.sql': run by hand by the DB team"));
  }

  @Test
  void anApprovalForAMigrationThatDoesNotExistIsANoteNamingTheLine() throws Exception {
    project.write(
        "src/main/resources/db/migration-approvals.properties", "# reviewed\nV99=12345\n");

    CheckResult result = project.check();

    assertThat(result.passed()).isTrue();
    assertThat(result.notes())
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.line()).isEqualTo(2);
              assertThat(note.message())
                  .isEqualTo(
                      "src/main/resources/db/migration-approvals.properties:2 approves V99, but"
                          + " there is no migration V99 (renamed, deleted, or a typo): the line"
                          + " approves nothing. Correct the key or remove the line.");
            });
  }

  @Test
  void editingAReleasedMigrationFailsWithTheRestoreCommand() throws Exception {
    project.migration(
        "V2__create_transactions.sql",
        "CREATE TABLE transactions (id BIGINT PRIMARY KEY, account_id BIGINT, x INT);\n");

    assertThat(messages(project.check()))
        .singleElement()
        .asString()
        .startsWith(
            "released-migration-changed: V2__create_transactions.sql changed since main (Flyway checksum")
        .endsWith(
            "Fix: restore it (git checkout main -- src/main/resources/db/migration/V2__create_transactions.sql)"
                + " and make the change in a new migration above V3");
  }

  @Test
  void deletingOrRenamingAReleasedMigrationFails() throws Exception {
    project.delete(TestProject.MIGRATIONS + "V3__add_category.sql");
    Files.move(
        dir.resolve(TestProject.MIGRATIONS + "V1__create_accounts.sql"),
        dir.resolve(TestProject.MIGRATIONS + "V1__accounts.sql"));

    assertThat(messages(project.check()))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith(
                        "released-migration-changed: V1__accounts.sql was renamed from V1__create_accounts.sql"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith(
                        "released-migration-deleted: V3__add_category.sql is on main but was deleted on this branch"));
  }

  @Test
  void aBaseThatMovedOnIsNotBlamedOnTheBranch() throws Exception {
    project.migration("V4__feature.sql", "CREATE TABLE f (id INT);\n").commit("feature");
    project
        .checkout("main")
        .migration("V4__main.sql", "CREATE TABLE m (id INT);\n")
        .commit("main moved on");
    project.checkout("feature");

    assertThat(messages(project.check()))
        .singleElement()
        .asString()
        .startsWith(
            "branch-conflict: V4__feature.sql has version 4, which main already has: V4__main.sql.")
        .endsWith("renumber it to V5 (rename the file to V5__feature.sql)");
  }

  @Test
  void withoutABaseEveryMigrationIsScannedAndNoBranchCheckRuns() throws Exception {
    project.baseRef = Optional.empty();

    CheckResult result = project.check();

    assertThat(result.base()).isEmpty();
    assertThat(result.scanned()).hasSize(3);
    assertThat(result.passed()).isTrue();
  }

  @Test
  void aMigrationThatDoesNotApplyNamesTheStatementAndLine() throws Exception {
    project.migration(
        "V4__broken.sql", "CREATE TABLE ok (id INT);\n\nALTER TABLE missing ADD COLUMN x INT;\n");

    assertThat(messages(project.check()))
        .singleElement()
        .asString()
        .startsWith(
            "apply-failed: V4__broken.sql does not apply to H2 in memory (MODE=PostgreSQL) at line 3:"
                + " ALTER TABLE missing ADD COLUMN x INT -> Table \"MISSING\" not found")
        .contains("-Dlifeos.migrations.database=postgresql");
  }

  @Test
  void dangerousMigrationFailsWithoutApprovalPassesWithItAndFailsAgainWhenEdited()
      throws Exception {
    project.migration("V4__drop_category.sql", "ALTER TABLE transactions DROP COLUMN category;\n");

    CheckResult unapproved = project.check();
    Migration v4 = unapproved.scanned().get(0);
    assertThat(messages(unapproved))
        .containsExactly(
            "unapproved-dangerous-migration: V4__drop_category.sql has a dangerous operation that the DB team has not"
                + " approved: drop-column (line 1). Fix: after DB-team review, add this line to"
                + " src/main/resources/db/migration-approvals.properties: V4="
                + v4.checksum()
                + " (./mvnw lifeos:approve-migration -Dmigration=V4 prints it)");

    project.write(
        "src/main/resources/db/migration-approvals.properties",
        "# DB team\nV4=" + v4.checksum() + "\n");
    CheckResult approved = project.check();
    assertThat(messages(approved)).isEmpty();
    assertThat(approved.findings())
        .filteredOn(f -> f.finding().needsApproval())
        .singleElement()
        .satisfies(f -> assertThat(f.approved()).isTrue());

    project.migration(
        "V4__drop_category.sql", "ALTER TABLE transactions DROP COLUMN category; -- and more\n");
    assertThat(messages(project.check()))
        .singleElement()
        .asString()
        .contains("was approved with checksum " + v4.checksum() + " but has changed since")
        .contains("replace its line in src/main/resources/db/migration-approvals.properties");
  }

  @Test
  void sqlSwallowedByAnUnterminatedCommentFailsEvenWhenApproved() throws Exception {
    project.migration(
        "V4__drop_note.sql",
        "ALTER TABLE accounts ADD COLUMN note VARCHAR(10);\n/* the note goes:\n"
            + "ALTER TABLE accounts DROP COLUMN note;\n");
    project.write(
        "src/main/resources/db/migration-approvals.properties",
        "V4=" + project.check().scanned().get(0).checksum() + "\n");

    CheckResult result = project.check();

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.rule()).isEqualTo(Check.SQL_NEVER_RUNS);
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message())
                  .isEqualTo(
                      "V4__drop_note.sql: The block comment opened with /* at line 2 is never"
                          + " closed: everything after it is part of it, and those statements"
                          + " never run. (unterminated-sql)");
              assertThat(p.fix()).startsWith("close the comment or quote");
            });
  }

  @Test
  void noticesNeedNoApproval() throws Exception {
    project.migration("V4__cleanup.sql", "DROP TABLE IF EXISTS legacy_accounts;\n");

    CheckResult result = project.check();

    assertThat(messages(result)).isEmpty();
    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.finding().rule().id()).isEqualTo("drop-unknown-table"));
    assertThat(result.unapproved()).isEmpty();
  }

  @Test
  void judgesANewMigrationByTheSchemaTheReleasedOnesLeft() throws Exception {
    project.migration(
        "V4__longer_category.sql",
        "SET lock_timeout = '5s';\n"
            + "ALTER TABLE transactions ALTER COLUMN category TYPE VARCHAR(100);\n");
    project.database = Optional.empty(); // H2 cannot run SET lock_timeout

    CheckResult result = project.check();

    assertThat(result.scanned()).extracting(Migration::key).containsExactly("V4");
    assertThat(result.findings()).isEmpty();
    assertThat(messages(result)).isEmpty();
  }

  @Test
  void unapprovedFindingsOnlyWarnWhenApprovalIsNotRequired() throws Exception {
    project.requireApproval = false;
    project.migration("V4__truncate.sql", "TRUNCATE TABLE transactions;\n");

    CheckResult result = project.check();

    assertThat(messages(result)).isEmpty();
    assertThat(result.unapproved()).hasSize(1);
  }

  @Test
  void javaMigrationsAreScannedAndAppliedFromTheirCompiledClasses() throws Exception {
    String source =
        """
        package db.migration;

        import org.flywaydb.core.api.migration.BaseJavaMigration;
        import org.flywaydb.core.api.migration.Context;

        public class V4__Seed_accounts extends BaseJavaMigration {
          @Override
          public void migrate(Context context) throws Exception {
            try (var statement = context.getConnection().createStatement()) {
              statement.execute("INSERT INTO accounts (id) VALUES (1)");
            }
          }
        }
        """;
    compileJavaMigration("V4__Seed_accounts", source);
    project.requireApproval = false;

    CheckResult result = project.check();

    assertThat(messages(result)).isEmpty();
    assertThat(result.apply()).hasValueSatisfying(a -> assertThat(a.applied()).isEqualTo(4));
    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.finding().rule().id()).isEqualTo("java-raw-sql"));
  }

  @Test
  void aFailingJavaMigrationIsReportedAtItsSource() throws Exception {
    compileJavaMigration(
        "V4__Broken",
        """
        package db.migration;

        public class V4__Broken extends org.flywaydb.core.api.migration.BaseJavaMigration {
          @Override
          public void migrate(org.flywaydb.core.api.migration.Context context) throws Exception {
            context.getConnection().createStatement().execute("INSERT INTO nowhere VALUES (1)");
          }
        }
        """);
    project.requireApproval = false;

    Finding problem = project.check().problems().get(0);

    assertThat(problem.rule()).isEqualTo(Check.APPLY_FAILED);
    assertThat(problem.file()).isEqualTo(dir.resolve("src/main/java/db/migration/V4__Broken.java"));
    assertThat(problem.message()).startsWith("db.migration.V4__Broken does not apply to H2");
  }

  private void compileJavaMigration(String name, String source) throws Exception {
    Path file = dir.resolve("src/main/java/db/migration/" + name + ".java");
    project.write("src/main/java/db/migration/" + name + ".java", source);
    Path classes = Files.createDirectories(dir.resolve("target/classes"));
    int exit =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                file.toString());
    assertThat(exit).isZero();
    project.classpath = List.of(classes);
  }

  @Test
  void anUncompiledJavaMigrationSaysToCompileFirst() throws Exception {
    project.write(
        "src/main/java/db/migration/V4__Not_compiled.java",
        "package db.migration;\nclass V4__Not_compiled {}\n");

    assertThat(messages(project.check()))
        .singleElement()
        .asString()
        .contains("Java migration db.migration.V4__Not_compiled is not compiled yet")
        .contains("./mvnw process-classes lifeos:check-migrations");
  }
}
