package dev.lifeos.maven.migrations.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The project's flyway-maven-plugin configuration, read as that plugin reads it: {@code
 * <configuration>} parameters under Flyway's names, lists as child elements or comma-separated
 * text, {@code <placeholders>} as a map, {@code <pluginConfiguration>} keys split at their camel
 * case ({@code postgresqlTransactionalLock} is {@code postgresql.transactional.lock}), and the
 * {@code flyway.*} project properties, which that plugin reads over its configuration. As in Maven,
 * an empty element sets nothing; an empty {@code <flyway.sqlMigrationPrefix/>} property is an empty
 * value.
 *
 * <p>It knows no Maven type (as Jib's {@code MavenRawConfiguration} keeps Maven's out of its core):
 * the mojo hands it the configuration's elements, two levels deep, as {@link Element}s.
 */
public final class FlywayMavenPlugin {
  /** The plugin's {@code groupId:artifactId}. */
  public static final String KEY = "org.flywaydb:flyway-maven-plugin";

  private static final String SOURCE = "flyway-maven-plugin";
  private static final String PROPERTIES_SOURCE = "flyway.* properties";

  /**
   * An element of the plugin's {@code <configuration>}: a parameter, or an item of a list or map.
   *
   * @param text its text, untrimmed; null when it has none
   * @param children its child elements (a list's items, a map's entries)
   */
  public record Element(String name, String text, List<Element> children) {
    public Element {
      children = List.copyOf(children);
    }

    /** A list parameter's items, comma-joined; a plain parameter's text. */
    String value() {
      if (children.isEmpty()) {
        return trimmedText();
      }
      List<String> items = new ArrayList<>();
      for (Element item : children) {
        items.add(item.trimmedText());
      }
      return String.join(",", items);
    }

    String trimmedText() {
      return text == null ? "" : text.trim();
    }
  }

  private final List<Element> parameters;

  /**
   * @param parameters the children of its {@code <configuration>}; empty when the project does not
   *     configure the plugin
   */
  public FlywayMavenPlugin(List<Element> parameters) {
    this.parameters = List.copyOf(parameters);
  }

  /** The settings of its {@code <configuration>}, keyed as in flyway.conf. */
  public ConfigSource settings() {
    Map<String, String> keys = new LinkedHashMap<>();
    for (Element parameter : parameters) {
      switch (parameter.name()) {
        case "placeholders" -> {
          for (Element placeholder : parameter.children()) {
            keys.put(
                FlywaySetting.PLACEHOLDERS_PREFIX + placeholder.name(), placeholder.trimmedText());
          }
        }
        case "pluginConfiguration" -> {
          for (Element entry : parameter.children()) {
            keys.put("flyway." + dotted(entry.name()), entry.trimmedText());
          }
        }
        default -> keys.put("flyway." + parameter.name(), parameter.value());
      }
    }
    keys.values().removeIf(String::isEmpty);
    return ConfigSource.of(SOURCE, keys);
  }

  /**
   * The {@code flyway.*} properties of the project, which the plugin reads over its configuration.
   */
  public static ConfigSource properties(Properties projectProperties) {
    Map<String, String> keys = new LinkedHashMap<>();
    for (String name : projectProperties.stringPropertyNames()) {
      if (name.startsWith("flyway.")) {
        keys.put(name, projectProperties.getProperty(name));
      }
    }
    return ConfigSource.of(PROPERTIES_SOURCE, keys);
  }

  /** Its {@code <configFiles>}: flyway.conf-style (or .toml) files, relative to the project. */
  public List<String> configFiles() {
    for (Element parameter : parameters) {
      if (parameter.name().equals("configFiles")) {
        return Arrays.asList(parameter.value().split(","));
      }
    }
    return List.of();
  }

  /** {@code postgresqlTransactionalLock} -> {@code postgresql.transactional.lock}. */
  private static String dotted(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1.$2").toLowerCase(Locale.ROOT);
  }
}
