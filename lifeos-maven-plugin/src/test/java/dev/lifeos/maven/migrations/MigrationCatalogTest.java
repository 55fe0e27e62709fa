package dev.lifeos.maven.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.config.FlywaySetting;
import dev.lifeos.maven.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationCatalogTest {
  @TempDir Path dir;

  private MigrationCatalog read(MigrationSettings settings) throws Exception {
    return MigrationCatalog.read(ProjectLayout.standard(dir).locations(settings), settings);
  }

  private MigrationCatalog read() throws Exception {
    return read(MigrationSettings.defaults());
  }

  private TestProject project() {
    return new TestProject(dir);
  }

  @Test
  void readsVersionedAndRepeatableMigrationsInFlywayOrder() throws Exception {
    project()
        .migration("V10__ten.sql", "select 10;")
        .migration("V2__two.sql", "select 2;")
        .migration("R__views.sql", "select 0;")
        .migration("V1.1__one_one.sql", "select 1;");

    assertThat(read().migrations())
        .extracting(Migration::key)
        .containsExactly("V1.1", "V2", "V10", "R__views");
  }

  @Test
  void misnamedFilesNameTheFix() throws Exception {
    project()
        .migration("V1__ok.sql", "select 1;")
        .migration("V2_init.sql", "select 1;")
        .migration("v3__lower.sql", "select 1;")
        .migration("V4.sql", "select 1;")
        .migration("V5__wrong.sq", "select 1;")
        .migration("init.sql", "select 1;")
        .migration("Vx__bad_version.sql", "select 1;")
        .migration("README.md", "docs")
        .migration("afterMigrate.sql", "select 1;")
        .migration("V1__ok.sql.conf", "executeInTransaction=false");

    List<Finding> problems = read().problems();

    assertThat(problems).allMatch(p -> p.rule() == Check.MISNAMED);
    assertThat(problems)
        .extracting(Finding::fix)
        .containsExactlyInAnyOrder(
            "rename it to V2__init.sql",
            "rename it to V3__lower.sql",
            "rename it to V4__<what_it_does>.sql",
            "rename it to V5__wrong.sql",
            "rename it to V<version>__init.sql",
            "rename it to V<version>__<what_it_does>.sql");
    assertThat(problems.get(0).message()).endsWith("Flyway would skip it and never run it.");
  }

  @Test
  void honoursTheProjectsNamingSettings() throws Exception {
    MigrationSettings custom =
        MigrationSettings.defaults()
            .with(FlywaySetting.LOCATIONS, "filesystem:sql")
            .with(FlywaySetting.SQL_MIGRATION_PREFIX, "M")
            .with(FlywaySetting.SQL_MIGRATION_SEPARATOR, "-")
            .with(FlywaySetting.SQL_MIGRATION_SUFFIXES, ".pgsql");
    project()
        .write("sql/M1-init.pgsql", "select 1;")
        .write("sql/M2__flyway_separator.pgsql", "select 1;");

    MigrationCatalog catalog = read(custom);

    assertThat(catalog.migrations()).extracting(Migration::description).containsExactly("init");
    assertThat(catalog.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.fix()).isEqualTo("rename it to M2-flyway_separator.pgsql"));
  }

  @Test
  void duplicateVersionsAreComparedAsFlywayComparesThem() throws Exception {
    project()
        .migration("V1.1__a.sql", "select 1;")
        .migration("V1_1__b.sql", "select 2;")
        .migration("V01.1__c.sql", "select 3;");

    assertThat(read().problems())
        .hasSize(2)
        .allSatisfy(
            p -> {
              assertThat(p.rule()).isEqualTo(Check.DUPLICATE_VERSION);
              assertThat(p.fix()).isEqualTo("renumber it to V1.2");
            });
  }

  @Test
  void binaryOrWronglyEncodedFilesAreUnreadable() throws Exception {
    Path file = dir.resolve(TestProject.MIGRATIONS + "V1__latin1.sql");
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {'s', 'e', 'l', (byte) 0xE9, ';'});

    assertThat(read().problems())
        .singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo(Check.UNREADABLE));
  }

  @Test
  void checksumsAreTheOnesFlywayRecords() throws Exception {
    project()
        .migration("V1__a.sql", "\uFEFFcreate table a (id int);\r\n-- comment\r\n")
        .migration("V2__b.sql", "create table b (id int);\n");

    List<Integer> ours = read().migrations().stream().map(Migration::checksum).toList();
    var flyway =
        Flyway.configure()
            .locations("filesystem:" + dir.resolve(TestProject.MIGRATIONS))
            .dataSource("jdbc:h2:mem:checksums;DB_CLOSE_DELAY=-1", "sa", "")
            .load();
    flyway.migrate();
    List<Integer> flywaysOwn =
        java.util.Arrays.stream(flyway.info().applied()).map(i -> i.getChecksum()).toList();

    assertThat(ours).isEqualTo(flywaysOwn);
  }

  @Test
  void aMigrationIsNamedByKeyVersionOrFileName() throws Exception {
    project().migration("V1_1__a.sql", "select 1;").migration("V12__b.sql", "select 2;");
    MigrationCatalog catalog = read();

    assertThat(catalog.named("V1.1").fileName()).isEqualTo("V1_1__a.sql");
    assertThat(catalog.named("12").fileName()).isEqualTo("V12__b.sql");
    assertThat(catalog.named("src/main/resources/db/migration/V12__b.sql").fileName())
        .isEqualTo("V12__b.sql");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.named("V99"))
        .hasMessage(
            "No migration 'V99'. Migrations: V1.1, V12. Name one as -Dmigration=V12 (or its file name).");
  }

  @Test
  void nextVersionIncrementsTheLastNumber() {
    assertThat(MigrationCatalog.next(org.flywaydb.core.api.MigrationVersion.fromVersion("3")))
        .isEqualTo("4");
    assertThat(MigrationCatalog.next(org.flywaydb.core.api.MigrationVersion.fromVersion("1.09")))
        .isEqualTo("1.10");
  }

  @Test
  void anEmptyPrefixReadsTimestampVersionsAndRenumbersWithoutAPrefix() throws Exception {
    project()
        .migration("20240101120000__create_budgets.sql", "CREATE TABLE budgets (id BIGINT);")
        .migration("20240101120000__again.sql", "CREATE TABLE again (id BIGINT);")
        .migration("20240102090000__add_note.sql", "ALTER TABLE budgets ADD note TEXT;")
        .migration("R__views.sql", "select 1;")
        .migration("helper.sql", "select 1;");

    MigrationCatalog catalog =
        read(MigrationSettings.defaults().with(FlywaySetting.SQL_MIGRATION_PREFIX, ""));

    assertThat(catalog.migrations())
        .extracting(Migration::fileName)
        .containsExactly(
            "20240101120000__again.sql",
            "20240101120000__create_budgets.sql",
            "20240102090000__add_note.sql",
            "R__views.sql");
    assertThat(catalog.problems())
        .extracting(Finding::rule, Finding::fix)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                Check.MISNAMED, "rename it to <version>__<what_it_does>.sql"),
            org.assertj.core.groups.Tuple.tuple(
                Check.DUPLICATE_VERSION, "renumber it to 20240102090001"));
  }
}
