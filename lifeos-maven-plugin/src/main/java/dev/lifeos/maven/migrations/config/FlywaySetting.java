package dev.lifeos.maven.migrations.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The Flyway settings check-migrations reads from a project and hands to Flyway: the ones that
 * decide which files are migrations and how they apply. Connection settings (url, user, password,
 * initSql) and code hooks (callbacks, resolvers) are left out on purpose: the check applies to a
 * database of its own.
 *
 * <p>Each is keyed as Flyway keys it in {@code flyway.conf} ({@code flyway.sqlMigrationPrefix});
 * the other sources (the flyway-maven-plugin, Spring Boot, flyway.toml) are translated to that key.
 */
public enum FlywaySetting {
  LOCATIONS("locations", Type.LIST, "classpath:db/migration"),
  SQL_MIGRATION_PREFIX("sqlMigrationPrefix", Type.TEXT, "V"),
  REPEATABLE_SQL_MIGRATION_PREFIX("repeatableSqlMigrationPrefix", Type.TEXT, "R"),
  SQL_MIGRATION_SEPARATOR("sqlMigrationSeparator", Type.TEXT, "__"),
  SQL_MIGRATION_SUFFIXES("sqlMigrationSuffixes", Type.LIST, ".sql"),
  ENCODING("encoding", Type.TEXT, "UTF-8"),
  SCHEMAS("schemas", Type.LIST, ""),
  DEFAULT_SCHEMA("defaultSchema", Type.TEXT, ""),
  CREATE_SCHEMAS("createSchemas", Type.BOOLEAN, "true"),
  TABLE("table", Type.TEXT, "flyway_schema_history"),
  PLACEHOLDER_REPLACEMENT("placeholderReplacement", Type.BOOLEAN, "true"),
  PLACEHOLDER_PREFIX("placeholderPrefix", Type.TEXT, "${"),
  PLACEHOLDER_SUFFIX("placeholderSuffix", Type.TEXT, "}"),
  OUT_OF_ORDER("outOfOrder", Type.BOOLEAN, "false"),
  IGNORE_MIGRATION_PATTERNS("ignoreMigrationPatterns", Type.LIST, "*:future"),
  VALIDATE_MIGRATION_NAMING("validateMigrationNaming", Type.BOOLEAN, "false"),
  POSTGRESQL_TRANSACTIONAL_LOCK(
      "postgresql.transactional.lock", Type.BOOLEAN, "true", "postgresql.transactional-lock"),
  MIXED("mixed", Type.BOOLEAN, "false"),
  GROUP("group", Type.BOOLEAN, "false"),
  BASELINE_VERSION("baselineVersion", Type.TEXT, "1"),
  TARGET("target", Type.TEXT, "latest");

  /**
   * Flyway's placeholders are a map: one key per placeholder, {@code flyway.placeholders.<name>}.
   */
  public static final String PLACEHOLDERS_PREFIX = "flyway.placeholders.";

  public enum Type {
    TEXT,
    /** Comma-separated, as Flyway reads lists in flyway.conf. */
    LIST,
    BOOLEAN
  }

  private final String flywayName;
  private final Type type;
  private final String defaultValue;
  private final String springName;

  FlywaySetting(String flywayName, Type type, String defaultValue) {
    this(flywayName, type, defaultValue, kebab(flywayName));
  }

  FlywaySetting(String flywayName, Type type, String defaultValue, String springName) {
    this.flywayName = flywayName;
    this.type = type;
    this.defaultValue = defaultValue;
    this.springName = springName;
  }

  /**
   * The parameter's name in Flyway's docs and the flyway-maven-plugin: {@code sqlMigrationPrefix}.
   */
  public String flywayName() {
    return flywayName;
  }

  /**
   * Its key in flyway.conf and in Flyway's configuration map: {@code flyway.sqlMigrationPrefix}.
   */
  public String key() {
    return "flyway." + flywayName;
  }

  public Type type() {
    return type;
  }

  /** Flyway's default, as text ({@code ""} for none). */
  public String defaultValue() {
    return defaultValue;
  }

  /** Spring Boot's property: {@code spring.flyway.sql-migration-prefix}. */
  public String springProperty() {
    return "spring.flyway." + springName;
  }

  /** The setting whose flyway.conf key is {@code key}. */
  public static Optional<FlywaySetting> ofKey(String key) {
    for (FlywaySetting setting : values()) {
      if (setting.key().equals(key)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /**
   * The setting a Spring Boot property names, in any of Boot's relaxed spellings ({@code
   * sql-migration-prefix}, {@code sqlMigrationPrefix}, {@code sql_migration_prefix}), given without
   * the {@code spring.flyway.} prefix.
   */
  public static Optional<FlywaySetting> ofSpringName(String name) {
    String relaxed = relaxed(name);
    for (FlywaySetting setting : values()) {
      if (relaxed(setting.springName).equals(relaxed)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /** Spring Boot's relaxed binding: case, dashes and underscores do not matter. */
  static String relaxed(String name) {
    return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
