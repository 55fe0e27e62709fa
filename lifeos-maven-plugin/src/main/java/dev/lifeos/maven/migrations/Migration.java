package dev.lifeos.maven.migrations;

import java.nio.file.Path;
import java.util.Comparator;
import org.flywaydb.core.api.MigrationVersion;

/**
 * One migration as Flyway sees it: identified by its version (versioned, baseline) or its
 * description (repeatable), with Flyway's checksum of its content.
 *
 * @param type versioned, repeatable or baseline
 * @param language SQL file or Java class
 * @param file where it is (for a base-branch migration: where it was, in the work tree)
 * @param version Flyway's version, {@code null} for a repeatable migration
 * @param description Flyway's description (underscores read as spaces)
 * @param checksum Flyway's CRC32 checksum of the script (for Java: of the source, which Flyway does
 *     not checksum at all)
 * @param text the content, decoded
 */
public record Migration(
    Type type,
    Language language,
    Path file,
    MigrationVersion version,
    String description,
    int checksum,
    String text) {

  public enum Type {
    VERSIONED,
    REPEATABLE,
    BASELINE
  }

  public enum Language {
    SQL,
    JAVA
  }

  /** Versions in Flyway's order; repeatable migrations after them, by description. */
  public static final Comparator<Migration> FLYWAY_ORDER =
      Comparator.comparing((Migration m) -> m.version() == null)
          .thenComparing(Migration::version, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Migration::description);

  public boolean isVersioned() {
    return type == Type.VERSIONED;
  }

  /**
   * How a person names it, and the key of its approval line: {@code V12}, {@code V1.1}, {@code
   * R__refresh_views}, {@code B5}.
   */
  public String key() {
    return switch (type) {
      case VERSIONED -> "V" + canonical(version);
      case BASELINE -> "B" + canonical(version);
      case REPEATABLE -> "R__" + description.replace(' ', '_');
    };
  }

  /** A version as Flyway compares it: {@code 01_1} and {@code 1.1} both read {@code 1.1}. */
  public static String canonical(MigrationVersion version) {
    StringBuilder text = new StringBuilder();
    for (String part : version.getVersion().split("\\.")) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(new java.math.BigInteger(part));
    }
    return text.toString();
  }

  public String fileName() {
    return file.getFileName().toString();
  }

  /** The same migration in Flyway's eyes: same type and version (or description). */
  public boolean sameIdentity(Migration other) {
    return type == other.type
        && (version == null
            ? description.equals(other.description)
            : version.equals(other.version));
  }
}
