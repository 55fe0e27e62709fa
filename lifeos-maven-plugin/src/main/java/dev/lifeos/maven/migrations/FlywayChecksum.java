package dev.lifeos.maven.migrations;

import java.io.Reader;
import java.io.StringReader;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;

/**
 * Flyway's checksum of a migration's text, computed by Flyway's own calculator: the number {@code
 * flyway info} shows and {@code flyway validate} compares. Base-branch content comes from git, not
 * from disk, so the text is handed to Flyway as an in-memory resource.
 */
final class FlywayChecksum {
  private FlywayChecksum() {}

  static int of(String name, String text) {
    return ChecksumCalculator.calculate(new TextResource(name, text));
  }

  private static final class TextResource extends LoadableResource {
    private final String name;
    private final String text;

    TextResource(String name, String text) {
      this.name = name;
      this.text = text;
    }

    @Override
    public Reader read() {
      return new StringReader(text);
    }

    @Override
    public String getAbsolutePath() {
      return name;
    }

    @Override
    public String getAbsolutePathOnDisk() {
      return name;
    }

    @Override
    public String getFilename() {
      return name;
    }

    @Override
    public String getRelativePath() {
      return name;
    }
  }
}
