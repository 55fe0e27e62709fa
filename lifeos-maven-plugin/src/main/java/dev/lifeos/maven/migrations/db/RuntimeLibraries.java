package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the heavy parts of a database come from when a goal needs them: JDBC drivers, H2, embedded
 * PostgreSQL. The plugin does not depend on them; the Maven goal resolves them from the project's
 * repositories at run time, tests take them from the test class path.
 */
public interface RuntimeLibraries {
  /**
   * An artifact with its runtime dependencies, less {@code exclusions}.
   *
   * @param coordinates {@code group:artifact:version}
   * @param exclusions {@code group:artifact} of transitive dependencies to leave out ({@code *} for
   *     any artifact)
   */
  record Library(String coordinates, List<String> exclusions) {
    public Library {
      exclusions = List.copyOf(exclusions);
    }

    public static Library of(String coordinates, String... exclusions) {
      return new Library(coordinates, List.of(exclusions));
    }
  }

  /**
   * A class loader holding {@code libraries} and the {@code classpath} entries, whose parent is the
   * plugin's own loader (so Flyway and the JDBC interfaces are shared).
   */
  ClassLoader classLoader(List<Library> libraries, List<Path> classpath) throws GateFailure;
}
