package dev.lifeos.maven.migrations.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.lifeos.maven.support.BoundedFile;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.internal.configuration.ConfigUtils;

/**
 * Flyway's own configuration files, read with Flyway's own parsers: {@code flyway.conf} by {@link
 * ConfigUtils} (the code the Flyway CLI and Maven plugin run), {@code flyway.toml} by the TOML
 * mapper Flyway uses, read as Flyway's model reads it: the {@code [flyway]} table, then the
 * environment {@code flyway.environment} names ({@code default}) for its {@code schemas} and {@code
 * [environments.<name>.flyway]} overrides.
 *
 * <p>Both are read with a size bound; TOML nesting is bounded too. A file that cannot be read is a
 * {@link GateFailure} naming it.
 */
public final class FlywayConfigFiles {
  private static final int MAX_TOML_DEPTH = 32;
  private static final TomlMapper TOML =
      new TomlMapper(
          TomlFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxNestingDepth(MAX_TOML_DEPTH).build())
              .build());

  private FlywayConfigFiles() {}

  /**
   * {@code flyway.toml} when the name ends in {@code .toml}, else the {@code flyway.conf} format.
   */
  public static ConfigSource read(Path file, String name) throws GateFailure {
    String text = BoundedFile.text(file, name, StandardCharsets.UTF_8);
    return file.getFileName().toString().endsWith(".toml") ? toml(text, name) : conf(text, name);
  }

  static ConfigSource conf(String text, String name) throws GateFailure {
    try {
      return ConfigSource.of(name, ConfigUtils.loadConfigurationFromString(text));
    } catch (IOException | FlywayException e) {
      throw new GateFailure(
          name
              + " is not a valid Flyway configuration file (lines flyway.<setting>=<value>): "
              + firstLine(e.getMessage())
              + ". Fix it, or override what check-migrations needs with lifeos.migrations.*.");
    }
  }

  static ConfigSource toml(String text, String name) throws GateFailure {
    JsonNode root;
    try {
      root = TOML.readTree(text);
    } catch (JacksonException e) {
      String where =
          e.getLocation() == null || e.getLocation().getLineNr() < 1
              ? ""
              : " at line " + e.getLocation().getLineNr();
      throw new GateFailure(
          name
              + " is not valid TOML"
              + where
              + ": "
              + firstLine(e.getOriginalMessage())
              + ". Fix it (Flyway fails on it too); tables nest at most "
              + MAX_TOML_DEPTH
              + " deep here.");
    }
    Map<String, String> keys = new LinkedHashMap<>();
    JsonNode flyway = root.path("flyway");
    flatten("flyway", flyway, keys);
    JsonNode environment =
        root.path("environments").path(flyway.path("environment").asText("default"));
    if (environment.has("schemas")) {
      keys.put(FlywaySetting.SCHEMAS.key(), scalar(environment.get("schemas")));
    }
    flatten("flyway", environment.path("flyway"), keys);
    return ConfigSource.of(name, keys);
  }

  /** Tables become dotted keys, arrays comma-separated lists: flyway.conf's shape. */
  private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
    if (node.isObject()) {
      node.properties().forEach(e -> flatten(prefix + "." + e.getKey(), e.getValue(), into));
    } else if (!node.isMissingNode() && !node.isNull()) {
      into.put(prefix, scalar(node));
    }
  }

  private static String scalar(JsonNode node) {
    if (!node.isArray()) {
      return node.asText();
    }
    List<String> items = new ArrayList<>();
    node.forEach(item -> items.add(item.asText()));
    return String.join(",", items);
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("").trim();
  }
}
