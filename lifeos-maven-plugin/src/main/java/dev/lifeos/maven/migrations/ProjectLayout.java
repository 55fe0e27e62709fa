package dev.lifeos.maven.migrations;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The directories of a project that Flyway locations map to: a {@code classpath:} location is the
 * same package under every resource root (SQL migrations) and every Java source root (Java
 * migrations); a {@code filesystem:} location is a directory relative to the project.
 */
public record ProjectLayout(
    Path basedir, List<Path> resourceRoots, List<Path> javaSourceRoots, Path classesDirectory) {

  public ProjectLayout {
    resourceRoots = List.copyOf(resourceRoots);
    javaSourceRoots = List.copyOf(javaSourceRoots);
  }

  /** Maven's standard layout under {@code basedir}. */
  public static ProjectLayout standard(Path basedir) {
    return new ProjectLayout(
        basedir,
        List.of(basedir.resolve("src/main/resources")),
        List.of(basedir.resolve("src/main/java")),
        basedir.resolve("target/classes"));
  }

  /** The existing directories that {@code settings.locations()} name, in order, each once. */
  public List<MigrationLocation> locations(MigrationSettings settings) throws GateFailure {
    Set<MigrationLocation> found = new LinkedHashSet<>();
    for (String location : settings.locations()) {
      for (MigrationLocation candidate : candidates(location.trim())) {
        if (Files.isDirectory(candidate.directory())) {
          found.add(candidate);
        }
      }
    }
    return new ArrayList<>(found);
  }

  private List<MigrationLocation> candidates(String location) throws GateFailure {
    List<MigrationLocation> candidates = new ArrayList<>();
    if (location.startsWith("filesystem:")) {
      candidates.add(
          new MigrationLocation(
              basedir.resolve(location.substring("filesystem:".length())),
              MigrationLocation.Kind.SQL));
    } else if (location.startsWith("classpath:") || !location.contains(":")) {
      String path = location.substring(location.indexOf(':') + 1).replaceAll("^/+", "");
      for (Path root : resourceRoots) {
        candidates.add(new MigrationLocation(root.resolve(path), MigrationLocation.Kind.SQL));
      }
      for (Path root : javaSourceRoots) {
        candidates.add(new MigrationLocation(root.resolve(path), MigrationLocation.Kind.JAVA));
      }
    } else {
      throw new GateFailure(
          "Flyway location '"
              + location
              + "' is not supported by check-migrations: use classpath:<package> or"
              + " filesystem:<directory> (set -Dlifeos.migrations.locations).");
    }
    return candidates;
  }
}
