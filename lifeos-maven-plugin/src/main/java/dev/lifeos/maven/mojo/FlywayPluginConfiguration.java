package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.config.ConfigSource;
import dev.lifeos.maven.migrations.config.FlywaySetting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The project's flyway-maven-plugin configuration, read as that plugin reads it (the way Jib's
 * {@code MavenRawConfiguration} keeps Maven's types out of its core): {@code <configuration>}
 * parameters under Flyway's names, lists as child elements or comma-separated text, {@code
 * <placeholders>} as a map, {@code <pluginConfiguration>} keys split at their camel case ({@code
 * postgresqlTransactionalLock} is {@code postgresql.transactional.lock}), and the {@code flyway.*}
 * project properties, which that plugin reads over its configuration. As in Maven, an empty element
 * sets nothing; an empty {@code <flyway.sqlMigrationPrefix/>} property is an empty value.
 */
final class FlywayPluginConfiguration {
  static final String PLUGIN_KEY = "org.flywaydb:flyway-maven-plugin";
  static final String SOURCE = "flyway-maven-plugin";
  static final String PROPERTIES_SOURCE = "flyway.* properties";

  private final Xpp3Dom configuration;

  /** {@code configuration} may be null: the project has no flyway-maven-plugin configuration. */
  FlywayPluginConfiguration(Xpp3Dom configuration) {
    this.configuration = configuration;
  }

  /** The settings of its {@code <configuration>}, keyed as in flyway.conf. */
  ConfigSource settings() {
    Map<String, String> keys = new LinkedHashMap<>();
    if (configuration != null) {
      for (Xpp3Dom child : configuration.getChildren()) {
        switch (child.getName()) {
          case "placeholders" -> {
            for (Xpp3Dom placeholder : child.getChildren()) {
              keys.put(
                  FlywaySetting.PLACEHOLDERS_PREFIX + placeholder.getName(), text(placeholder));
            }
          }
          case "pluginConfiguration" -> {
            for (Xpp3Dom entry : child.getChildren()) {
              keys.put("flyway." + dotted(entry.getName()), text(entry));
            }
          }
          default -> keys.put("flyway." + child.getName(), value(child));
        }
      }
    }
    keys.values().removeIf(String::isEmpty);
    return ConfigSource.of(SOURCE, keys);
  }

  /**
   * The {@code flyway.*} properties of the project, which the plugin reads over its configuration.
   */
  static ConfigSource properties(Properties projectProperties) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String name : projectProperties.stringPropertyNames()) {
      if (name.startsWith("flyway.")) {
        keys.put(name, projectProperties.getProperty(name));
      }
    }
    return ConfigSource.of(PROPERTIES_SOURCE, keys);
  }

  /** Its {@code <configFiles>}: flyway.conf-style (or .toml) files, relative to the project. */
  List<String> configFiles() {
    Xpp3Dom files = configuration == null ? null : configuration.getChild("configFiles");
    return files == null ? List.of() : Arrays.asList(value(files).split(","));
  }

  /** A list parameter's children, comma-joined; a plain parameter's text. */
  private static String value(Xpp3Dom element) {
    if (element.getChildCount() == 0) {
      return text(element);
    }
    List<String> items = new ArrayList<>();
    for (Xpp3Dom item : element.getChildren()) {
      items.add(text(item));
    }
    return String.join(",", items);
  }

  private static String text(Xpp3Dom element) {
    return element.getValue() == null ? "" : element.getValue().trim();
  }

  /** {@code postgresqlTransactionalLock} -> {@code postgresql.transactional.lock}. */
  private static String dotted(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1.$2").toLowerCase(Locale.ROOT);
  }
}
