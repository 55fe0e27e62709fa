package dev.lifeos.maven.migrations;

import org.flywaydb.core.internal.resolver.ChecksumCalculator;

/**
 * Flyway's checksum of a migration's text, computed by Flyway's own calculator: the number {@code
 * flyway info} shows and {@code flyway validate} compares. Base-branch content comes from git, not
 * from disk, so the text is handed to Flyway as an in-memory resource.
 */
final class FlywayChecksum {
  private FlywayChecksum() {}

  static int of(String name, String text) {
    return ChecksumCalculator.calculate(FlywayResource.ofText(name, text));
  }
}
