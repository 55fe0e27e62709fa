package dev.lifeos.maven.migrations;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.resource.ResourceNameParser;

/**
 * How a project names and finds its Flyway migrations: Flyway's own settings, with Flyway's
 * defaults. Every check reads names through Flyway's parser configured from this, so a project that
 * changes its prefix or separator is checked by its own rules.
 *
 * @param locations Flyway locations ({@code classpath:db/migration}, {@code filesystem:sql})
 * @param versionedPrefix {@code sqlMigrationPrefix}, {@code V}
 * @param repeatablePrefix {@code repeatableSqlMigrationPrefix}, {@code R}
 * @param separator {@code sqlMigrationSeparator}, {@code __}
 * @param suffixes {@code sqlMigrationSuffixes}, {@code .sql}
 * @param encoding encoding of SQL migrations
 * @param placeholders Flyway placeholders, replaced in SQL migrations when they are applied
 */
public record MigrationSettings(
    List<String> locations,
    String versionedPrefix,
    String repeatablePrefix,
    String separator,
    List<String> suffixes,
    Charset encoding,
    Map<String, String> placeholders) {

  public static final String DEFAULT_LOCATION = "classpath:db/migration";

  public MigrationSettings {
    locations = List.copyOf(locations);
    suffixes = List.copyOf(suffixes);
    placeholders = Map.copyOf(placeholders);
  }

  /** Flyway's defaults. */
  public static MigrationSettings defaults() {
    return new MigrationSettings(
        List.of(DEFAULT_LOCATION),
        "V",
        "R",
        "__",
        List.of(".sql"),
        java.nio.charset.StandardCharsets.UTF_8,
        Map.of());
  }

  /**
   * A Flyway configuration with these naming, encoding and placeholder settings. Locations and the
   * data source are the caller's: they depend on where the migrations are applied.
   */
  public FluentConfiguration configure(ClassLoader classLoader) {
    return Flyway.configure(classLoader)
        .sqlMigrationPrefix(versionedPrefix)
        .repeatableSqlMigrationPrefix(repeatablePrefix)
        .sqlMigrationSeparator(separator)
        .sqlMigrationSuffixes(suffixes.toArray(String[]::new))
        .encoding(encoding)
        .placeholders(placeholders);
  }

  /** Flyway's file-name parser for these settings. */
  ResourceNameParser nameParser() {
    return new ResourceNameParser(configure(getClass().getClassLoader()));
  }
}
