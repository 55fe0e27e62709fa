package dev.lifeos.maven.migrations;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * A migration (or callback) handed to Flyway as text check-migrations already holds, instead of a
 * file Flyway finds and opens itself: Flyway checksums and runs exactly what was checked.
 */
public final class FlywayResource extends LoadableResource {
  private final String relativePath;
  private final String absolutePath;
  private final Callable<String> text;

  /**
   * @param relativePath its path below its location, as Flyway names the script
   * @param file where it is on disk (for messages), or just its name when it came from git
   * @param text its content, read when Flyway asks for it
   */
  public FlywayResource(String relativePath, Path file, Callable<String> text) {
    this.relativePath = relativePath.replace('\\', '/');
    this.absolutePath = file.toString();
    this.text = text;
  }

  /** An in-memory script named {@code name}. */
  static FlywayResource ofText(String name, String text) {
    return new FlywayResource(name, Path.of(name), () -> text);
  }

  @Override
  public Reader read() {
    try {
      return new StringReader(text.call());
    } catch (Exception e) {
      throw new FlywayException(absolutePath + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String getAbsolutePath() {
    return absolutePath;
  }

  @Override
  public String getAbsolutePathOnDisk() {
    return absolutePath;
  }

  @Override
  public String getFilename() {
    int slash = relativePath.lastIndexOf('/');
    return slash < 0 ? relativePath : relativePath.substring(slash + 1);
  }

  @Override
  public String getRelativePath() {
    return relativePath;
  }
}
