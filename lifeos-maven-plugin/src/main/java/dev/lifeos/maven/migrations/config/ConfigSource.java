package dev.lifeos.maven.migrations.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One place a project configures Flyway, read into Flyway's own keys ({@code flyway.locations},
 * {@code flyway.placeholders.owner}): what it sets, and how messages name it.
 *
 * @param name how messages name it: {@code flyway-maven-plugin}, {@code
 *     src/main/resources/application.yml}, {@code flyway.conf}
 * @param properties what it sets, keyed as in flyway.conf; lists comma-separated
 * @param warnings settings it has that could not be used (an unresolved {@code ${VARIABLE}}), each
 *     a sentence with the fix
 */
public record ConfigSource(String name, Map<String, String> properties, List<String> warnings) {
  public ConfigSource {
    properties = Map.copyOf(properties);
    warnings = List.copyOf(warnings);
  }

  /**
   * The settings among {@code flywayKeys} that check-migrations reads ({@link FlywaySetting} and
   * placeholders); Flyway's deprecated {@code flyway.plugins.} namespace is read as {@code
   * flyway.}.
   */
  public static ConfigSource of(String name, Map<String, String> flywayKeys) {
    return of(name, flywayKeys, List.of());
  }

  public static ConfigSource of(
      String name, Map<String, String> flywayKeys, List<String> warnings) {
    Map<String, String> read = new LinkedHashMap<>();
    flywayKeys.forEach(
        (key, value) -> {
          String canonical = key.replaceFirst("^flyway\\.plugins\\.", "flyway.");
          if (value != null
              && (FlywaySetting.ofKey(canonical).isPresent()
                  || (canonical.startsWith(FlywaySetting.PLACEHOLDERS_PREFIX)
                      && canonical.length() > FlywaySetting.PLACEHOLDERS_PREFIX.length()))) {
            read.put(canonical, value);
          }
        });
    return new ConfigSource(name, read, warnings);
  }

  public boolean isEmpty() {
    return properties.isEmpty() && warnings.isEmpty();
  }
}
