package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embedded PostgreSQL from a template, on a real server: the first start keeps initdb's cluster,
 * the next ones start from copies of it (same system identifier, initdb not run); a damaged
 * template is replaced by a new initdb; concurrent first starts all work and leave one template;
 * the switch off leaves none. Directories go on every path as before.
 */
@Timeout(300)
class EmbeddedTemplatePostgresTest {
  @TempDir Path dir;

  private final ClassLoader loader = getClass().getClassLoader();

  @Test
  void theFirstStartKeepsItsClusterAndTheNextStartFromCopiesOfIt() throws Exception {
    DataDirectories directories = new DataDirectories(dir.resolve("pg"));
    LinesLog log = new LinesLog();
    String first = systemIdentifier(directories, true, log);
    List<Path> kept = templates(directories);
    assertThat(kept).singleElement();
    assertThat(kept.get(0).resolve("binaries.properties")).exists();
    assertThat(log.lines())
        .singleElement()
        .asString()
        .startsWith("Embedded PostgreSQL started in ")
        .contains(": initdb, its cluster kept in " + directories.templates().root());

    assertThat(systemIdentifier(directories, true, log)).isEqualTo(first);
    assertThat(systemIdentifier(directories, true)).isEqualTo(first);
    assertThat(log.lines().get(1))
        .contains(": cluster copied from the template in " + directories.templates().root())
        .contains(", binaries in ");
    assertThat(templates(directories)).isEqualTo(kept);
    assertThat(runDirectories(directories)).isEmpty();
  }

  @Test
  void aDamagedTemplateIsNeverUsedAndANewInitdbReplacesIt() throws Exception {
    DataDirectories directories = new DataDirectories(dir.resolve("pg"));
    String first = systemIdentifier(directories, true);
    Path template = templates(directories).get(0);
    Files.write(template.resolve("data/global/pg_control"), new byte[] {0, 1, 2, 3});

    String second = systemIdentifier(directories, true);

    assertThat(second).isNotEqualTo(first);
    assertThat(systemIdentifier(directories, true)).isEqualTo(second);
    assertThat(templates(directories)).singleElement();
  }

  @Test
  void concurrentFirstStartsAllWorkAndLeaveOneTemplate() throws Exception {
    DataDirectories directories = new DataDirectories(dir.resolve("pg"));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<String>> starts = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        starts.add(pool.submit((Callable<String>) () -> systemIdentifier(directories, true)));
      }
      for (Future<String> start : starts) {
        assertThat(start.get()).isNotBlank();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(templates(directories)).singleElement();
    try (Stream<Path> all = Files.list(directories.templates().root())) {
      assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
    }
    String kept = systemIdentifier(directories, true);
    assertThat(systemIdentifier(directories, true)).isEqualTo(kept);
  }

  @Test
  void withTheTemplateOffInitdbRunsEveryTimeAndNothingIsKept() throws Exception {
    DataDirectories directories = new DataDirectories(dir.resolve("pg"));

    assertThat(systemIdentifier(directories, false))
        .isNotEqualTo(systemIdentifier(directories, false));
    assertThat(directories.templates().root()).doesNotExist();
  }

  /** Starts a server, reads its cluster's system identifier (initdb's, random), stops it. */
  private String systemIdentifier(DataDirectories directories, boolean template) throws Exception {
    return systemIdentifier(directories, template, new LinesLog());
  }

  private String systemIdentifier(DataDirectories directories, boolean template, MigrationLog lines)
      throws Exception {
    try (EmbeddedServer server =
        EmbeddedServer.start(
            loader, directories, template, Deadline.after(Duration.ofMinutes(3)), lines)) {
      try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
          ResultSet row =
              connection
                  .createStatement()
                  .executeQuery("SELECT system_identifier FROM pg_control_system()")) {
        row.next();
        return row.getString(1);
      }
    }
  }

  private static List<Path> templates(DataDirectories directories) throws Exception {
    try (Stream<Path> children = Files.list(directories.templates().root())) {
      return children.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }
  }

  private static List<Path> runDirectories(DataDirectories directories) throws Exception {
    try (Stream<Path> children = Files.list(directories.root())) {
      return children.filter(p -> !p.equals(directories.templates().root())).toList();
    }
  }
}
