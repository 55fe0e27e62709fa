package dev.lifeos.maven.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lifeos.maven.rules.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration locations holding what an attacker or an accident puts there: each is reported with the
 * fix, in bounded time and memory, and Flyway (applying to H2) is never handed it.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class HostileMigrationFilesTest {
  /** Generous: the point is that it ends at all, on a busy machine. */
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir Path dir;

  private TestProject project() throws Exception {
    return new TestProject(dir)
        .migration("V1__create_accounts.sql", "CREATE TABLE accounts (id INT);");
  }

  private Path migrations() {
    return dir.resolve(TestProject.MIGRATIONS);
  }

  private CheckResult check(TestProject project) {
    return assertTimeoutPreemptively(BOUND, project::check);
  }

  private static void mkfifo(Path path) throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor()).isZero();
  }

  @Test
  void aFifoNamedLikeAMigrationIsAProblemNotAHang() throws Exception {
    TestProject project = project();
    mkfifo(migrations().resolve("V3__x.sql"));

    CheckResult result = check(project);

    assertThat(TestProject.messages(result))
        .containsExactly(
            "not-a-regular-file: V3__x.sql is a FIFO (named pipe): reading it would wait for a"
                + " writer for ever, not a regular file: Flyway is not given it. Fix: replace it"
                + " with a regular file, or remove it from the migration location");
    assertThat(result.apply()).as("nothing is applied past an unread migration").isEmpty();
  }

  @Test
  void aFifoFailsTheCheckEvenWithoutADatabase() throws Exception {
    TestProject project = project();
    project.database = Optional.empty();
    mkfifo(migrations().resolve("V3__x.sql"));

    assertThat(check(project).passed()).isFalse();
  }

  @Test
  void aSymlinkToDevZeroIsNeverRead() throws Exception {
    TestProject project = project();
    Files.createSymbolicLink(migrations().resolve("V2__zero.sql"), Path.of("/dev/zero"));

    CheckResult result = check(project);

    assertThat(TestProject.messages(result))
        .singleElement()
        .asString()
        .startsWith("not-a-regular-file: V2__zero.sql is a character device");
  }

  @Test
  void aSymlinkLoopInALocationDoesNotSpinAndFlywayNeverWalksIt() throws Exception {
    TestProject project = project().migration("sub/V2__more.sql", "CREATE TABLE more (id INT);");
    Files.createSymbolicLink(migrations().resolve("sub/loop"), Path.of(".."));
    Files.createSymbolicLink(migrations().resolve("self"), Path.of("."));

    CheckResult result = check(project);

    assertThat(result.problems())
        .extracting(p -> p.file().getFileName().toString(), Finding::rule)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("loop", Check.NOT_A_REGULAR_FILE),
            org.assertj.core.groups.Tuple.tuple("self", Check.NOT_A_REGULAR_FILE));
    assertThat(result.problems().get(0).message()).contains("is a symlink to a directory");
    assertThat(result.problems().get(0).fix()).contains("lifeos.migrations.exclude=");
  }

  @Test
  void excludingTheLoopLetsTheRestApply() throws Exception {
    TestProject project = project().migration("sub/V2__more.sql", "CREATE TABLE more (id INT);");
    Files.createSymbolicLink(migrations().resolve("sub/loop"), Path.of(".."));
    project.settings =
        MigrationSettings.defaults().excluding(List.of(Exclusion.parse("loop # a dev's shortcut")));

    CheckResult result = check(project);

    assertThat(result.problems()).isEmpty();
    assertThat(result.apply()).get().extracting(CheckResult.Apply::applied).isEqualTo(2);
    assertThat(result.excluded())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.by().describe())
                    .isEqualTo("excluded by lifeos.migrations.exclude 'loop': a dev's shortcut"));
  }

  @Test
  void brokenSymlinksAndFoldersNamedLikeMigrationsAreReported() throws Exception {
    TestProject project = project();
    Files.createSymbolicLink(migrations().resolve("V2__gone.sql"), Path.of("missing.sql"));
    Files.createDirectories(migrations().resolve("V3__folder.sql"));

    assertThat(TestProject.messages(check(project)))
        .containsExactlyInAnyOrder(
            "not-a-regular-file: V2__gone.sql is a broken symlink (to missing.sql, which does not"
                + " exist): Flyway is not given it. Fix: point it at the file, or delete it",
            "not-a-regular-file: V3__folder.sql is a folder named like a migration: Flyway never"
                + " runs a folder: Flyway is not given it. Fix: rename the folder; a migration is a"
                + " file");
  }

  @Test
  void aMigrationAboveTheSizeLimitIsNeverRead() throws Exception {
    TestProject project = project().migration("V2__huge.sql", "-- " + "x".repeat(2000));
    project.settings = MigrationSettings.defaults().withMaxFileSize(1000);

    assertThat(TestProject.messages(check(project)))
        .singleElement()
        .asString()
        .contains(
            "V2__huge.sql is larger than 1000 bytes (lifeos.migrations.maxFileSize): 2003 bytes")
        .contains("raise -Dlifeos.migrations.maxFileSize");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aMigrationThatCannotBeReadSaysSoWithoutAStackTrace() throws Exception {
    TestProject project = project();
    // /proc/self/mem is a regular file that fails every read at offset 0, even for root
    Files.createSymbolicLink(migrations().resolve("V2__mem.sql"), Path.of("/proc/self/mem"));

    assertThat(TestProject.messages(check(project)))
        .singleElement()
        .asString()
        .startsWith("unreadable-migration: V2__mem.sql cannot be read: Input/output error")
        .doesNotContain("Exception");
  }

  @Test
  void aSymlinkToARegularFileIsReadAsThatFile() throws Exception {
    TestProject project = project().write("shared/V2__shared.sql", "CREATE TABLE shared (id INT);");
    Files.createSymbolicLink(
        migrations().resolve("V2__shared.sql"), dir.resolve("shared/V2__shared.sql"));

    CheckResult result = check(project);

    assertThat(result.problems()).isEmpty();
    assertThat(result.apply()).get().extracting(CheckResult.Apply::applied).isEqualTo(2);
  }
}
