package dev.lifeos.maven.migrations.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlywayOverridesTest {
  @Test
  void setParametersAreKeyedAsInFlywayConf() {
    Map<String, String> placeholders = new HashMap<>();
    placeholders.put("owner", "app");
    placeholders.put("empty", null);

    ConfigSource source =
        new FlywayOverrides()
            .list(FlywaySetting.LOCATIONS, List.of("classpath:db/migration", "filesystem:sql"))
            .text(FlywaySetting.TABLE, "schema_history")
            .flag(FlywaySetting.OUT_OF_ORDER, true)
            .placeholders(placeholders)
            .source();

    assertThat(source.name()).isEqualTo("lifeos.migrations.*");
    assertThat(source.properties())
        .containsOnly(
            Map.entry("flyway.locations", "classpath:db/migration,filesystem:sql"),
            Map.entry("flyway.table", "schema_history"),
            Map.entry("flyway.outOfOrder", "true"),
            Map.entry("flyway.placeholders.owner", "app"),
            Map.entry("flyway.placeholders.empty", ""));
  }

  @Test
  void unsetBlankAndEmptyParametersSetNothingButAnEmptyPrefixIsAValue() {
    ConfigSource source =
        new FlywayOverrides()
            .list(FlywaySetting.LOCATIONS, List.of())
            .list(FlywaySetting.SCHEMAS, null)
            .text(FlywaySetting.TABLE, " ")
            .text(FlywaySetting.TARGET, null)
            .flag(FlywaySetting.MIXED, null)
            .placeholders(null)
            .textOrEmpty(FlywaySetting.SQL_MIGRATION_PREFIX, "")
            .textOrEmpty(FlywaySetting.REPEATABLE_SQL_MIGRATION_PREFIX, null)
            .source();

    assertThat(source.properties()).containsOnly(Map.entry("flyway.sqlMigrationPrefix", ""));
  }
}
