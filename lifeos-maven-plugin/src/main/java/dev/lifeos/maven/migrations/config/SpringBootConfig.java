package dev.lifeos.maven.migrations.config;

import dev.lifeos.maven.support.BoundedFile;
import dev.lifeos.maven.support.GateFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Spring Boot's {@code spring.flyway.*} settings, read as Boot reads them for the default profile:
 * {@code application.properties}, {@code application.yml} and {@code application.yaml} in each
 * resource root and its {@code config/} folder (a later one wins; .properties over YAML in one
 * folder), documents for a profile ({@code spring.config.activate.on-profile}) left out, property
 * names in any of Boot's relaxed spellings, and {@code ${name:default}} placeholders resolved from
 * the same files, then the environment, then the default.
 *
 * <p>YAML is parsed with SnakeYAML's safe constructor, every scalar kept as written (so version
 * {@code 2.10} stays {@code 2.10}), with bounds on size, nesting and aliases.
 */
public final class SpringBootConfig {
  static final int MAX_DEPTH = 64;
  static final int MAX_ALIASES = 50;
  private static final List<String> FILES =
      List.of("application.yml", "application.yaml", "application.properties");
  private static final String PREFIX = "spring.flyway.";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");
  private static final Pattern INDEX = Pattern.compile("^(.*)\\[(\\d+)]$");

  private SpringBootConfig() {}

  /**
   * One source per configuration file that exists, lowest precedence first. {@code basedir} names
   * them in messages; {@code environment} resolves placeholders the files do not.
   */
  public static List<ConfigSource> read(
      List<Path> resourceRoots, Path basedir, Map<String, String> environment) throws GateFailure {
    Map<String, Map<String, String>> files = new LinkedHashMap<>();
    for (Path root : resourceRoots) {
      for (Path folder : List.of(root, root.resolve("config"))) {
        for (String name : FILES) {
          Path file = folder.resolve(name);
          if (Files.exists(file)) {
            String display = display(basedir, file);
            String text = BoundedFile.text(file, display, StandardCharsets.UTF_8);
            files.put(
                display,
                name.endsWith(".properties") ? properties(text, display) : yaml(text, display));
          }
        }
      }
    }
    Map<String, String> all = new LinkedHashMap<>();
    files.values().forEach(all::putAll);
    List<ConfigSource> sources = new ArrayList<>();
    for (Map.Entry<String, Map<String, String>> file : files.entrySet()) {
      ConfigSource source = flywaySettings(file.getKey(), file.getValue(), all, environment);
      if (!source.isEmpty()) {
        sources.add(source);
      }
    }
    return sources;
  }

  static ConfigSource flywaySettings(
      String name, Map<String, String> flat, Map<String, String> all, Map<String, String> env) {
    Map<String, TreeMap<Integer, String>> indexed = new LinkedHashMap<>();
    Map<String, String> keys = new LinkedHashMap<>();
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, String> entry : flat.entrySet()) {
      if (!entry.getKey().toLowerCase(java.util.Locale.ROOT).startsWith(PREFIX)) {
        continue;
      }
      String property = entry.getKey().substring(PREFIX.length());
      Optional<String> value = resolve(entry.getValue(), all, env);
      if (value.isEmpty()) {
        warnings.add(
            name
                + ": "
                + entry.getKey()
                + " is "
                + entry.getValue()
                + ", which nothing here sets: not used. Give it a default (${NAME:value}) or set"
                + " the lifeos.migrations.* parameter.");
        continue;
      }
      Matcher list = INDEX.matcher(property);
      if (list.matches()) {
        indexed
            .computeIfAbsent(list.group(1), k -> new TreeMap<>())
            .put(Integer.parseInt(list.group(2)), value.get());
        continue;
      }
      put(property, value.get(), keys);
    }
    indexed.forEach((property, items) -> put(property, String.join(",", items.values()), keys));
    return ConfigSource.of(name, keys, warnings);
  }

  private static void put(String property, String value, Map<String, String> keys) {
    String relaxed = FlywaySetting.relaxed(property);
    if (relaxed.startsWith("placeholders.") || relaxed.startsWith("placeholders[")) {
      String placeholder = property.substring("placeholders".length()).replaceAll("^[.\\[]|]$", "");
      keys.put(FlywaySetting.PLACEHOLDERS_PREFIX + placeholder, value);
    } else {
      FlywaySetting.ofSpringName(property).ifPresent(s -> keys.put(s.key(), value));
    }
  }

  /** {@code ${name:default}} from the files, then the environment, then the default; bounded. */
  static Optional<String> resolve(String value, Map<String, String> all, Map<String, String> env) {
    String resolved = value;
    for (int round = 0; round < 10 && resolved.contains("${"); round++) {
      Matcher placeholder = PLACEHOLDER.matcher(resolved);
      if (!placeholder.find()) {
        break;
      }
      String key = placeholder.group(1).trim();
      String replacement = all.get(key);
      if (replacement == null) {
        replacement = env.get(key);
      }
      if (replacement == null) {
        replacement =
            env.get(key.replace('.', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT));
      }
      if (replacement == null) {
        replacement = placeholder.group(2);
      }
      if (replacement == null) {
        return Optional.empty();
      }
      resolved =
          resolved.substring(0, placeholder.start())
              + replacement
              + resolved.substring(placeholder.end());
    }
    return Optional.of(resolved);
  }

  /** The default-profile properties of a .properties file ({@code #---} separates documents). */
  static Map<String, String> properties(String text, String name) throws GateFailure {
    Map<String, String> flat = new LinkedHashMap<>();
    for (String document : text.split("(?m)^[#!]---\\s*$")) {
      Properties properties =
          BoundedFile.properties(document, name, "fix the escape, or write the character itself");
      Map<String, String> values = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
      if (isDefaultProfile(values)) {
        flat.putAll(values);
      }
    }
    return flat;
  }

  /** The default-profile documents of a YAML file, flattened to dotted keys. */
  static Map<String, String> yaml(String text, String name) throws GateFailure {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit((int) BoundedFile.CONFIG_LIMIT);
    Yaml yaml =
        new Yaml(
            new SafeConstructor(options),
            new Representer(new DumperOptions()),
            new DumperOptions(),
            options,
            new StringsOnly());
    Map<String, String> flat = new LinkedHashMap<>();
    try {
      for (Object document : yaml.loadAll(text)) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten("", document, values);
        if (isDefaultProfile(values)) {
          flat.putAll(values);
        }
      }
    } catch (MarkedYAMLException e) {
      throw new GateFailure(
          name
              + " is not valid YAML at line "
              + (e.getProblemMark() == null ? "?" : e.getProblemMark().getLine() + 1)
              + ": "
              + e.getProblem()
              + ". Fix it (Spring Boot fails on it too).");
    } catch (YAMLException e) {
      throw new GateFailure(
          name
              + " cannot be read: "
              + e.getMessage()
              + ". YAML here nests at most "
              + MAX_DEPTH
              + " levels and has at most "
              + MAX_ALIASES
              + " aliases: simplify it (an alias bomb is refused).");
    }
    return flat;
  }

  private static void flatten(String prefix, Object node, Map<String, String> into) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (key, value) ->
              flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
    } else if (node instanceof List<?> list) {
      if (list.stream().allMatch(item -> !(item instanceof Map) && !(item instanceof List))) {
        into.put(prefix, String.join(",", list.stream().map(String::valueOf).toList()));
      } else {
        for (int i = 0; i < list.size(); i++) {
          flatten(prefix + "[" + i + "]", list.get(i), into);
        }
      }
    } else if (node != null && !prefix.isEmpty()) {
      into.put(prefix, node.toString());
    }
  }

  private static boolean isDefaultProfile(Map<String, String> document) {
    return document.keySet().stream()
        .map(FlywaySetting::relaxed)
        .noneMatch(
            k ->
                k.startsWith("spring.config.activate.onprofile")
                    || k.startsWith("spring.config.activate.oncloudplatform")
                    || k.equals("spring.profiles"));
  }

  private static String display(Path basedir, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = basedir.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }

  /**
   * Every plain scalar stays the text it is ({@code 2.10} is not the number 2.1), except {@code
   * null}/{@code ~} and the {@code <<} merge key.
   */
  private static final class StringsOnly extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
    }
  }
}
