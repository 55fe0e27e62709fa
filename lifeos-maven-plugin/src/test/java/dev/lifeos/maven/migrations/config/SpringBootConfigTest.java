package dev.lifeos.maven.migrations.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringBootConfigTest {
  @TempDir Path dir;

  private List<ConfigSource> read(Map<String, String> environment) throws Exception {
    return SpringBootConfig.read(List.of(dir.resolve("src/main/resources")), dir, environment);
  }

  private void write(String path, String text) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void readsSpringFlywayFromApplicationYmlInTheDefaultProfileOnly() throws Exception {
    write(
        "src/main/resources/application.yml",
        """
        spring:
          flyway:
            locations: classpath:db/changes
            schemas: [ledger, audit]
            baseline-version: 2.10
            out-of-order: true
            placeholders:
              owner: app
        ---
        spring:
          config:
            activate:
              on-profile: prod
          flyway:
            schemas: prod_only
        """);

    ConfigSource source = read(Map.of()).get(0);

    assertThat(source.name()).isEqualTo("src/main/resources/application.yml");
    assertThat(source.properties())
        .containsEntry("flyway.locations", "classpath:db/changes")
        .containsEntry("flyway.schemas", "ledger,audit")
        .containsEntry("flyway.baselineVersion", "2.10")
        .containsEntry("flyway.outOfOrder", "true")
        .containsEntry("flyway.placeholders.owner", "app");
  }

  @Test
  void acceptsEveryRelaxedSpellingAndIndexedLists() throws Exception {
    write(
        "src/main/resources/application.properties",
        """
        spring.flyway.sqlMigrationPrefix=
        spring.flyway.sql_migration_separator=--
        spring.flyway.postgresql.transactional-lock=false
        spring.flyway.locations[0]=classpath:db/a
        spring.flyway.locations[1]=classpath:db/b
        spring.datasource.url=jdbc:postgresql://db/app
        """);

    assertThat(read(Map.of()).get(0).properties())
        .containsOnly(
            Map.entry("flyway.sqlMigrationPrefix", ""),
            Map.entry("flyway.sqlMigrationSeparator", "--"),
            Map.entry("flyway.postgresql.transactional.lock", "false"),
            Map.entry("flyway.locations", "classpath:db/a,classpath:db/b"));
  }

  @Test
  void propertiesWinOverYamlAndConfigFolderOverRoot() throws Exception {
    write("src/main/resources/application.yml", "spring.flyway.table: from_yaml\n");
    write("src/main/resources/application.properties", "spring.flyway.table=from_properties\n");
    write("src/main/resources/config/application.yml", "spring.flyway.schemas: from_config\n");

    assertThat(read(Map.of()))
        .extracting(ConfigSource::name)
        .containsExactly(
            "src/main/resources/application.yml",
            "src/main/resources/application.properties",
            "src/main/resources/config/application.yml");
  }

  @Test
  void resolvesPlaceholdersFromTheFilesTheEnvironmentAndDefaults() throws Exception {
    write(
        "src/main/resources/application.yml",
        """
        app.schema: ledger
        spring.flyway:
          schemas: ${app.schema}
          default-schema: ${DB_SCHEMA:public}
          table: ${HISTORY_TABLE}
          target: ${UNSET_TARGET}
        """);

    ConfigSource source = read(Map.of("HISTORY_TABLE", "history")).get(0);

    assertThat(source.properties())
        .containsEntry("flyway.schemas", "ledger")
        .containsEntry("flyway.defaultSchema", "public")
        .containsEntry("flyway.table", "history")
        .doesNotContainKey("flyway.target");
    assertThat(source.warnings())
        .singleElement()
        .asString()
        .contains("spring.flyway.target is ${UNSET_TARGET}", "not used");
  }

  @Test
  void refusesAnAliasBombNamingTheFile() throws Exception {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level < 12; level++) {
      bomb.append((char) ('a' + level))
          .append(": &")
          .append((char) ('a' + level))
          .append(" [")
          .append(("*" + (char) ('a' + level - 1) + ", ").repeat(9))
          .append("x]\n");
    }
    write("src/main/resources/application.yml", bomb.toString());

    assertThatThrownBy(() -> read(Map.of()))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("src/main/resources/application.yml cannot be read")
        .hasMessageContaining("at most 50 aliases");
  }

  @Test
  void refusesDeepNestingAndMalformedYamlWithTheLine() throws Exception {
    write("src/main/resources/application.yml", "a: " + "[".repeat(5000) + "]".repeat(5000));
    assertThatThrownBy(() -> read(Map.of()))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("application.yml");

    write("src/main/resources/application.yml", "spring:\n  flyway:\n    schemas: a\n   bad: [\n");
    assertThatThrownBy(() -> read(Map.of()))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("src/main/resources/application.yml is not valid YAML at line");
  }

  @Test
  void refusesAnOversizedOrBinaryFile() throws Exception {
    write("src/main/resources/application.properties", "x=" + "y".repeat(1024 * 1024 + 1));
    assertThatThrownBy(() -> read(Map.of()))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("application.properties is larger than 1024 KB");

    Files.write(
        dir.resolve("src/main/resources/application.properties"), new byte[] {'a', 0, (byte) 0xff});
    assertThatThrownBy(() -> read(Map.of()))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("is not UTF-8 text");
  }
}
