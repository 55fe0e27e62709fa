package dev.lifeos.maven.migrations;

import java.nio.file.Path;

/**
 * A directory that holds migrations: SQL files, or the Java sources of Java migrations (the {@code
 * db/migration} package under a source root, for {@code classpath:db/migration}).
 */
public record MigrationLocation(Path directory, Kind kind) {
  public enum Kind {
    SQL,
    JAVA
  }

  public MigrationLocation {
    directory = directory.toAbsolutePath().normalize();
  }
}
