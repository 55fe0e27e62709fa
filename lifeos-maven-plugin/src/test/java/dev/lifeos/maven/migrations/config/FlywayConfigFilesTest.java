package dev.lifeos.maven.migrations.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlywayConfigFilesTest {
  @TempDir Path dir;

  private ConfigSource read(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return FlywayConfigFiles.read(file, name);
  }

  @Test
  void readsFlywayConfWithFlywaysOwnParserKeepingOnlyWhatTheCheckUses() throws Exception {
    ConfigSource source =
        read(
            "flyway.conf",
            """
            flyway.url=jdbc:postgresql://prod/app
            flyway.password=secret
            flyway.sqlMigrationPrefix=
            flyway.locations=filesystem:sql
            flyway.placeholders.owner=app
            flyway.plugins.postgresql.transactional.lock=false
            """);

    assertThat(source.properties())
        .containsOnly(
            Map.entry("flyway.sqlMigrationPrefix", ""),
            Map.entry("flyway.locations", "filesystem:sql"),
            Map.entry("flyway.placeholders.owner", "app"),
            Map.entry("flyway.postgresql.transactional.lock", "false"));
  }

  @Test
  void readsFlywayTomlAsFlywaysModelDoes() throws Exception {
    ConfigSource source =
        read(
            "flyway.toml",
            """
            [environments.default]
            url = "jdbc:postgresql://prod/app"
            schemas = ["ledger", "audit"]

            [flyway]
            locations = ["filesystem:sql", "filesystem:more"]
            sqlMigrationPrefix = ""
            outOfOrder = true

            [flyway.placeholders]
            owner = "app"

            [flyway.postgresql]
            transactional.lock = false
            """);

    assertThat(source.properties())
        .containsOnly(
            Map.entry("flyway.locations", "filesystem:sql,filesystem:more"),
            Map.entry("flyway.sqlMigrationPrefix", ""),
            Map.entry("flyway.outOfOrder", "true"),
            Map.entry("flyway.placeholders.owner", "app"),
            Map.entry("flyway.postgresql.transactional.lock", "false"),
            Map.entry("flyway.schemas", "ledger,audit"));
  }

  @Test
  void theEnvironmentFlywayNamesOverridesTheFlywayTable() throws Exception {
    ConfigSource source =
        read(
            "flyway.toml",
            """
            [flyway]
            environment = "ci"
            table = "history"

            [environments.ci.flyway]
            table = "ci_history"
            """);

    assertThat(source.properties()).containsEntry("flyway.table", "ci_history");
  }

  @Test
  void malformedOrDeeplyNestedTomlIsAUserErrorNamingTheFile() throws Exception {
    assertThatThrownBy(() -> read("flyway.toml", "[flyway]\nlocations = [\"a\"\n"))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("flyway.toml is not valid TOML at line");
    assertThatThrownBy(() -> read("flyway.toml", "x = " + "[".repeat(10_000) + "]".repeat(10_000)))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("flyway.toml is not valid TOML")
        .hasMessageContaining("nest at most 32 deep");
  }
}
