package dev.lifeos.maven.migrations;

import dev.lifeos.maven.migrations.config.ConfigSource;
import dev.lifeos.maven.migrations.config.FlywaySetting;
import dev.lifeos.maven.support.GateFailure;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.resource.ResourceNameParser;

/**
 * How a project names, finds and applies its Flyway migrations: the Flyway settings it configured
 * (in {@link ConfigSource}s merged in order, a later one winning), with Flyway's defaults, plus
 * which files in the locations to leave out and how large a migration may be. Every check reads
 * names through Flyway's parser configured from this, and every apply gets all of it ({@link
 * #configure}), so a project is checked by its own rules.
 */
public final class MigrationSettings {
  public static final String DEFAULT_LOCATION = FlywaySetting.LOCATIONS.defaultValue();

  /** Largest migration file read by default: far above any real migration, far below a heap. */
  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

  private static final Set<String> TARGET_KEYWORDS = Set.of("latest", "current", "next");

  private final Map<String, String> flyway;
  private final Map<String, String> origins;
  private final List<Exclusion> excludes;
  private final long maxFileSize;
  private final Charset encoding;

  private MigrationSettings(
      Map<String, String> flyway,
      Map<String, String> origins,
      List<Exclusion> excludes,
      long maxFileSize,
      Charset encoding) {
    this.flyway = Map.copyOf(flyway);
    this.origins = Map.copyOf(origins);
    this.excludes = List.copyOf(excludes);
    this.maxFileSize = maxFileSize;
    this.encoding = encoding;
  }

  /** Flyway's defaults. */
  public static MigrationSettings defaults() {
    return new MigrationSettings(
        Map.of(), Map.of(), List.of(), DEFAULT_MAX_FILE_SIZE, StandardCharsets.UTF_8);
  }

  /**
   * The settings of {@code sources}, lowest precedence first, validated: a value Flyway would
   * refuse fails here, naming the setting and where it was set.
   */
  public static MigrationSettings from(
      List<ConfigSource> sources, List<Exclusion> excludes, long maxFileSize) throws GateFailure {
    Map<String, String> merged = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    for (ConfigSource source : sources) {
      source
          .properties()
          .forEach(
              (key, value) -> {
                merged.put(key, value);
                origins.put(key, source.name());
              });
    }
    for (Map.Entry<String, String> entry : merged.entrySet()) {
      Optional<FlywaySetting> setting = FlywaySetting.ofKey(entry.getKey());
      if (setting.isPresent()) {
        validate(setting.get(), entry.getValue().trim(), origins.get(entry.getKey()));
      }
    }
    if (maxFileSize < 1) {
      throw new GateFailure(
          "lifeos.migrations.maxFileSize is " + maxFileSize + ": give a size in bytes above 0.");
    }
    String charset =
        merged.getOrDefault(FlywaySetting.ENCODING.key(), FlywaySetting.ENCODING.defaultValue());
    try {
      return new MigrationSettings(
          merged, origins, excludes, maxFileSize, Charset.forName(charset.trim()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new GateFailure(
          "Encoding '"
              + charset
              + "' (from "
              + origins.get(FlywaySetting.ENCODING.key())
              + ") is not known: set -Dlifeos.migrations.encoding=UTF-8 (or the one your migrations"
              + " use).");
    }
  }

  private static void validate(FlywaySetting setting, String value, String origin)
      throws GateFailure {
    String problem = null;
    switch (setting.type()) {
      case BOOLEAN -> {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
          problem = "Flyway reads true or false";
        }
      }
      case LIST -> {
        if (tokens(value).isEmpty()
            && (setting == FlywaySetting.LOCATIONS
                || setting == FlywaySetting.SQL_MIGRATION_SUFFIXES)) {
          problem = "it needs at least one entry";
        }
      }
      case TEXT -> {
        if (setting == FlywaySetting.BASELINE_VERSION
            || (setting == FlywaySetting.TARGET
                && !TARGET_KEYWORDS.contains(value.toLowerCase(Locale.ROOT)))) {
          try {
            MigrationVersion.fromVersion(value.replaceFirst("\\?$", ""));
          } catch (RuntimeException e) {
            problem = "it is not a Flyway version (1, 1.1, 2_1)";
          }
        }
        if (setting == FlywaySetting.SQL_MIGRATION_SEPARATOR && value.isEmpty()) {
          problem = "Flyway needs a separator between version and description";
        }
      }
    }
    if (problem != null) {
      throw new GateFailure(
          setting.flywayName()
              + " is '"
              + value
              + "' in "
              + origin
              + ": "
              + problem
              + ". Fix it there, or override it with -Dlifeos.migrations."
              + setting.flywayName()
              + ".");
    }
  }

  /**
   * These settings with {@code setting} set to {@code value}: a value derived from the project's
   * (keeping where it came from), or one a test gives.
   */
  public MigrationSettings with(FlywaySetting setting, String value) {
    Map<String, String> changed = new LinkedHashMap<>(flyway);
    changed.put(setting.key(), value);
    Map<String, String> changedOrigins = new LinkedHashMap<>(origins);
    changedOrigins.putIfAbsent(setting.key(), "given");
    Charset charset =
        setting == FlywaySetting.ENCODING ? Charset.forName(value.trim()) : this.encoding;
    return new MigrationSettings(changed, changedOrigins, excludes, maxFileSize, charset);
  }

  /** These settings, leaving out the files {@code exclusions} match. */
  public MigrationSettings excluding(List<Exclusion> exclusions) {
    return new MigrationSettings(flyway, origins, exclusions, maxFileSize, encoding);
  }

  /** These settings, with migration files limited to {@code bytes}. */
  public MigrationSettings withMaxFileSize(long bytes) {
    return new MigrationSettings(flyway, origins, excludes, bytes, encoding);
  }

  /** The value of {@code setting}: the project's, else Flyway's default. */
  public String value(FlywaySetting setting) {
    return flyway.getOrDefault(setting.key(), setting.defaultValue()).trim();
  }

  /** Whether the project set {@code setting} (to any value). */
  public boolean isSet(FlywaySetting setting) {
    return flyway.containsKey(setting.key());
  }

  private List<String> list(FlywaySetting setting) {
    return tokens(value(setting));
  }

  private boolean bool(FlywaySetting setting) {
    return Boolean.parseBoolean(value(setting).toLowerCase(Locale.ROOT));
  }

  /** Flyway's list syntax: comma-separated, trimmed, blanks dropped. */
  private static List<String> tokens(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
  }

  /** Flyway locations ({@code classpath:db/migration}, {@code filesystem:sql}). */
  public List<String> locations() {
    return list(FlywaySetting.LOCATIONS);
  }

  /** {@code sqlMigrationPrefix}: {@code V}, or empty for timestamp-named migrations. */
  public String versionedPrefix() {
    return value(FlywaySetting.SQL_MIGRATION_PREFIX);
  }

  /** {@code repeatableSqlMigrationPrefix}, {@code R}. */
  public String repeatablePrefix() {
    return value(FlywaySetting.REPEATABLE_SQL_MIGRATION_PREFIX);
  }

  /** {@code sqlMigrationSeparator}, {@code __}. */
  public String separator() {
    return value(FlywaySetting.SQL_MIGRATION_SEPARATOR);
  }

  /** {@code sqlMigrationSuffixes}, {@code .sql}. */
  public List<String> suffixes() {
    return list(FlywaySetting.SQL_MIGRATION_SUFFIXES);
  }

  /** Encoding of SQL migrations. */
  public Charset encoding() {
    return encoding;
  }

  /** Flyway placeholders, replaced in SQL migrations when they are applied. */
  public Map<String, String> placeholders() {
    Map<String, String> placeholders = new TreeMap<>();
    flyway.forEach(
        (key, value) -> {
          if (key.startsWith(FlywaySetting.PLACEHOLDERS_PREFIX)) {
            placeholders.put(key.substring(FlywaySetting.PLACEHOLDERS_PREFIX.length()), value);
          }
        });
    return placeholders;
  }

  /** {@code schemas}: the schemas Flyway manages (it creates them); empty for the connection's. */
  public List<String> schemas() {
    return list(FlywaySetting.SCHEMAS);
  }

  /** {@code defaultSchema}, else the first of {@link #schemas}, as Flyway chooses it. */
  public Optional<String> defaultSchema() {
    String schema = value(FlywaySetting.DEFAULT_SCHEMA);
    return schema.isEmpty() ? schemas().stream().findFirst() : Optional.of(schema);
  }

  /** {@code outOfOrder}: a migration below the applied version is applied, not refused. */
  public boolean outOfOrder() {
    return bool(FlywaySetting.OUT_OF_ORDER);
  }

  /** {@code mixed}: transactional and non-transactional statements may share a migration. */
  public boolean mixed() {
    return bool(FlywaySetting.MIXED);
  }

  /**
   * {@code postgresql.transactional.lock} as the project set it; empty when it did not (Flyway's
   * default, true: Flyway's advisory lock is taken inside a transaction).
   */
  public Optional<Boolean> postgresqlTransactionalLock() {
    return isSet(FlywaySetting.POSTGRESQL_TRANSACTIONAL_LOCK)
        ? Optional.of(bool(FlywaySetting.POSTGRESQL_TRANSACTIONAL_LOCK))
        : Optional.empty();
  }

  /** Files in the locations that are not migrations, by the project's word. */
  public List<Exclusion> excludes() {
    return excludes;
  }

  /** Largest migration file read, in bytes; a larger one is a problem, never read. */
  public long maxFileSize() {
    return maxFileSize;
  }

  /**
   * One line naming each setting that differs from Flyway's default and where it came from: {@code
   * sqlMigrationPrefix="" (flyway-maven-plugin), schemas=ledger (application.yml)}; empty when the
   * project uses Flyway's defaults. Placeholder values are not shown (they may be secrets), only
   * their names.
   */
  public Optional<String> describeSources() {
    List<String> parts = new ArrayList<>();
    for (FlywaySetting setting : FlywaySetting.values()) {
      String value = value(setting);
      boolean differs =
          setting.type() == FlywaySetting.Type.LIST
              ? !tokens(value).equals(tokens(setting.defaultValue()))
              : setting.type() == FlywaySetting.Type.BOOLEAN
                  ? bool(setting) != Boolean.parseBoolean(setting.defaultValue())
                  : !value.equals(setting.defaultValue());
      if (isSet(setting) && differs) {
        String shown = value.isEmpty() ? "\"\"" : value;
        parts.add(setting.flywayName() + "=" + shown + " (" + origins.get(setting.key()) + ")");
      }
    }
    Map<String, List<String>> placeholdersBySource = new TreeMap<>();
    origins.forEach(
        (key, origin) -> {
          if (key.startsWith(FlywaySetting.PLACEHOLDERS_PREFIX)) {
            placeholdersBySource
                .computeIfAbsent(origin, o -> new ArrayList<>())
                .add(key.substring(FlywaySetting.PLACEHOLDERS_PREFIX.length()));
          }
        });
    placeholdersBySource.forEach(
        (origin, names) ->
            parts.add(
                "placeholders "
                    + names.stream().sorted().collect(Collectors.joining(", "))
                    + " ("
                    + origin
                    + ")"));
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of("Flyway settings: " + String.join(", ", parts));
  }

  /**
   * A Flyway configuration with every setting here except the locations: the data source and the
   * migrations themselves (the files the catalog validated) are the caller's, since they depend on
   * where the migrations are applied.
   */
  public FluentConfiguration configure(ClassLoader classLoader) {
    Map<String, String> properties = new LinkedHashMap<>(flyway);
    properties.remove(FlywaySetting.LOCATIONS.key());
    properties.replaceAll(
        (key, value) -> key.startsWith(FlywaySetting.PLACEHOLDERS_PREFIX) ? value : value.trim());
    return Flyway.configure(classLoader).configuration(properties).encoding(encoding);
  }

  /** Flyway's file-name parser for these settings. */
  ResourceNameParser nameParser() {
    return new ResourceNameParser(configure(getClass().getClassLoader()));
  }
}
