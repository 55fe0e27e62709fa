package dev.lifeos.maven.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.migrations.config.ConfigSource;
import dev.lifeos.maven.migrations.config.FlywaySetting;
import dev.lifeos.maven.support.GateFailure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;

class MigrationSettingsTest {
  private static MigrationSettings from(ConfigSource... sources) throws GateFailure {
    return MigrationSettings.from(List.of(sources), List.of(), 1000);
  }

  @Test
  void aLaterSourceWinsAndEachSettingRemembersWhereItCameFrom() throws Exception {
    MigrationSettings settings =
        from(
            ConfigSource.of(
                "flyway-maven-plugin",
                Map.of("flyway.schemas", "plugin", "flyway.sqlMigrationPrefix", "M")),
            ConfigSource.of(
                "application.yml",
                Map.of("flyway.schemas", "ledger", "flyway.placeholders.owner", "app")),
            ConfigSource.of("flyway.conf", Map.of("flyway.outOfOrder", "true")),
            ConfigSource.of("lifeos.migrations.*", Map.of("flyway.sqlMigrationPrefix", "")));

    assertThat(settings.schemas()).containsExactly("ledger");
    assertThat(settings.versionedPrefix()).isEmpty();
    assertThat(settings.outOfOrder()).isTrue();
    assertThat(settings.placeholders()).containsEntry("owner", "app");
    assertThat(settings.describeSources())
        .hasValue(
            "Flyway settings: sqlMigrationPrefix=\"\" (lifeos.migrations.*), schemas=ledger"
                + " (application.yml), outOfOrder=true (flyway.conf), placeholders owner"
                + " (application.yml)");
  }

  @Test
  void defaultsAreFlywaysAndNeedNoLine() {
    MigrationSettings settings = MigrationSettings.defaults();

    assertThat(settings.locations()).containsExactly("classpath:db/migration");
    assertThat(settings.versionedPrefix()).isEqualTo("V");
    assertThat(settings.suffixes()).containsExactly(".sql");
    assertThat(settings.encoding()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(settings.postgresqlTransactionalLock()).isEmpty();
    assertThat(settings.defaultSchema()).isEmpty();
    assertThat(settings.describeSources()).isEmpty();
  }

  @Test
  void aValueSetToFlywaysDefaultIsNotReported() throws Exception {
    assertThat(
            from(ConfigSource.of("flyway.conf", Map.of("flyway.outOfOrder", "false")))
                .describeSources())
        .isEmpty();
  }

  @Test
  void everySettingReachesFlyway() throws Exception {
    MigrationSettings settings =
        from(
            ConfigSource.of(
                "flyway.conf",
                Map.ofEntries(
                    Map.entry("flyway.locations", "filesystem:sql"),
                    Map.entry("flyway.sqlMigrationPrefix", ""),
                    Map.entry("flyway.repeatableSqlMigrationPrefix", "RR"),
                    Map.entry("flyway.sqlMigrationSeparator", "--"),
                    Map.entry("flyway.sqlMigrationSuffixes", ".sql,.pgsql"),
                    Map.entry("flyway.encoding", "ISO-8859-1"),
                    Map.entry("flyway.schemas", "ledger,audit"),
                    Map.entry("flyway.defaultSchema", "audit"),
                    Map.entry("flyway.table", "history"),
                    Map.entry("flyway.placeholders.owner", "app"),
                    Map.entry("flyway.placeholderReplacement", "false"),
                    Map.entry("flyway.outOfOrder", "true"),
                    Map.entry("flyway.ignoreMigrationPatterns", "*:missing"),
                    Map.entry("flyway.validateMigrationNaming", "true"),
                    Map.entry("flyway.postgresql.transactional.lock", "false"),
                    Map.entry("flyway.mixed", "true"),
                    Map.entry("flyway.group", "true"),
                    Map.entry("flyway.baselineVersion", "3"),
                    Map.entry("flyway.target", "7"))));

    FluentConfiguration flyway = settings.configure(getClass().getClassLoader());

    assertThat(flyway.getSqlMigrationPrefix()).isEmpty();
    assertThat(flyway.getRepeatableSqlMigrationPrefix()).isEqualTo("RR");
    assertThat(flyway.getSqlMigrationSeparator()).isEqualTo("--");
    assertThat(flyway.getSqlMigrationSuffixes()).containsExactly(".sql", ".pgsql");
    assertThat(flyway.getEncoding()).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThat(flyway.getSchemas()).containsExactly("ledger", "audit");
    assertThat(flyway.getDefaultSchema()).isEqualTo("audit");
    assertThat(flyway.getTable()).isEqualTo("history");
    assertThat(flyway.getPlaceholders()).containsEntry("owner", "app");
    assertThat(flyway.isPlaceholderReplacement()).isFalse();
    assertThat(flyway.isOutOfOrder()).isTrue();
    assertThat(flyway.getIgnoreMigrationPatterns()).hasSize(1);
    assertThat(flyway.isValidateMigrationNaming()).isTrue();
    assertThat(flyway.isMixed()).isTrue();
    assertThat(flyway.isGroup()).isTrue();
    assertThat(flyway.getBaselineVersion()).isEqualTo(MigrationVersion.fromVersion("3"));
    assertThat(flyway.getTarget().getVersion()).isEqualTo("7");
    assertThat(
            flyway
                .getPluginRegister()
                .getInstanceOf(PostgreSQLConfigurationExtension.class)
                .isTransactionalLock())
        .isFalse();
    assertThat(settings.postgresqlTransactionalLock()).hasValue(false);
    assertThat(settings.locations()).containsExactly("filesystem:sql");
  }

  @Test
  void aValueFlywayWouldRefuseFailsNamingTheSettingAndItsSource() {
    assertThatThrownBy(
            () -> from(ConfigSource.of("application.yml", Map.of("flyway.outOfOrder", "yes"))))
        .isInstanceOf(GateFailure.class)
        .hasMessage(
            "outOfOrder is 'yes' in application.yml: Flyway reads true or false. Fix it there, or"
                + " override it with -Dlifeos.migrations.outOfOrder.");
    assertThatThrownBy(
            () -> from(ConfigSource.of("flyway.conf", Map.of("flyway.target", "v-next"))))
        .hasMessageContaining("target is 'v-next' in flyway.conf: it is not a Flyway version");
    assertThatThrownBy(
            () -> from(ConfigSource.of("flyway.conf", Map.of("flyway.encoding", "klingon"))))
        .hasMessageContaining("Encoding 'klingon' (from flyway.conf) is not known");
  }

  @Test
  void placeholderValuesAreNeverPrintedOnlyTheirNames() throws Exception {
    MigrationSettings settings =
        from(ConfigSource.of("flyway.conf", Map.of("flyway.placeholders.password", "s3cret")));

    assertThat(settings.describeSources())
        .hasValue("Flyway settings: placeholders password (flyway.conf)");
  }

  @Test
  void aValueDerivedFromTheProjectsKeepsWhereItCameFrom() throws Exception {
    MigrationSettings settings =
        from(ConfigSource.of(
                "application.yml", Map.of("flyway.locations", "classpath:db/{vendor}")))
            .with(FlywaySetting.LOCATIONS, "classpath:db/postgresql");

    assertThat(settings.describeSources())
        .hasValue("Flyway settings: locations=classpath:db/postgresql (application.yml)");
  }
}
