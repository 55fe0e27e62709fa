package dev.lifeos.maven.migrations.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A goal's own Flyway parameters ({@code lifeos.migrations.*}), keyed as in flyway.conf: the source
 * read last, over every place the project configures Flyway. A parameter left unset sets nothing.
 */
public final class FlywayOverrides {
  private static final String SOURCE = "lifeos.migrations.*";

  private final Map<String, String> keys = new LinkedHashMap<>();

  /** A text parameter; null or blank sets nothing. */
  public FlywayOverrides text(FlywaySetting setting, String value) {
    if (value != null && !value.isBlank()) {
      keys.put(setting.key(), value);
    }
    return this;
  }

  /**
   * A text parameter for which empty is a value (no prefix: timestamp-named migrations); null sets
   * nothing.
   */
  public FlywayOverrides textOrEmpty(FlywaySetting setting, String value) {
    if (value != null) {
      keys.put(setting.key(), value);
    }
    return this;
  }

  /** A list parameter, comma-joined; null or empty sets nothing. */
  public FlywayOverrides list(FlywaySetting setting, List<String> values) {
    if (values != null && !values.isEmpty()) {
      keys.put(setting.key(), String.join(",", values));
    }
    return this;
  }

  /** A boolean parameter; null sets nothing. */
  public FlywayOverrides flag(FlywaySetting setting, Boolean value) {
    if (value != null) {
      keys.put(setting.key(), value.toString());
    }
    return this;
  }

  /** Placeholders, added to the project's; a placeholder without a value is empty. */
  public FlywayOverrides placeholders(Map<String, String> placeholders) {
    if (placeholders != null) {
      placeholders.forEach(
          (name, value) ->
              keys.put(FlywaySetting.PLACEHOLDERS_PREFIX + name, value == null ? "" : value));
    }
    return this;
  }

  public ConfigSource source() {
    return ConfigSource.of(SOURCE, keys);
  }
}
