package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connecting is bounded and explained: a server on loopback that takes the connection and never
 * answers (where the driver alone would wait for ever, or say "The connection attempt failed.")
 * fails at the connect timeout naming host, port and the timeout, never the credentials.
 */
@Timeout(60)
class ConnectionLimitsTest {
  private static final String PASSWORD = "S3cret-Pa55";

  @TempDir Path dir;
  private ServerSocket silent;
  private final List<Socket> held = new CopyOnWriteArrayList<>();

  @BeforeEach
  void aServerThatNeverAnswers() throws Exception {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor =
        new Thread(
            () -> {
              try {
                while (true) {
                  held.add(silent.accept());
                }
              } catch (Exception closed) {
                // the test is over
              }
            });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void close() throws Exception {
    silent.close();
    for (Socket socket : held) {
      socket.close();
    }
  }

  @Test
  void aServerThatNeverAnswersStopsTheApplyAtTheConnectTimeoutNamingHostAndPort() throws Exception {
    ApplyFixture project =
        new ApplyFixture(dir).migration("V1__accounts.sql", "CREATE TABLE accounts (id INT);\n");

    ApplyStopped stopped =
        project
            .apply(silentServer(), TestApplyOptions.connectTimeout(Duration.ofSeconds(2)))
            .orElseThrow();

    assertThat(project.took).isLessThan(Duration.ofSeconds(30));
    assertThat(stopped.kind()).isEqualTo(ApplyStopped.Kind.CANNOT_CONNECT);
    assertThat(stopped.what())
        .isEqualTo(
            "Could not connect to 127.0.0.1:"
                + silent.getLocalPort()
                + " (database ledger) as app: no answer within 2s"
                + " (lifeos.migrations.connectTimeout): the server, or a proxy or firewall in"
                + " between, took the connection but did not answer, or packets to it are"
                + " dropped")
        .doesNotContain(PASSWORD)
        .doesNotContain("The connection attempt failed");
  }

  @Test
  void checkingThatTheDatabaseIsEmptyIsBoundedAndExplainedTheSameWay() throws Exception {
    ApplyOptions options = TestApplyOptions.connectTimeout(Duration.ofSeconds(2));
    try (Database database =
        Database.open(
            silentServer(),
            ApplyFixture.VERSIONS,
            ApplyFixture.TEST_CLASSPATH,
            List.of(),
            options,
            Deadline.after(options.deadline()),
            MigrationLog.SILENT)) {
      assertThatThrownBy(
              () ->
                  database.requireEmpty(
                      "lifeos.migrations.jdbcUrl", Deadline.after(Duration.ofMinutes(1))))
          .isInstanceOf(GateFailure.class)
          .hasMessageStartingWith(
              "Could not connect to 127.0.0.1:"
                  + silent.getLocalPort()
                  + " (database ledger) as app: no answer within 2s")
          .hasMessageContaining("Check lifeos.migrations.jdbcUrl")
          .hasMessageNotContaining(PASSWORD);
    }
  }

  @Test
  void anUnknownHostIsNamed() throws Exception {
    ApplyStopped stopped =
        new ApplyFixture(dir)
            .migration("V1__accounts.sql", "CREATE TABLE accounts (id INT);\n")
            .apply(
                DatabaseTarget.Jdbc.of(
                    "postgresql://app:" + PASSWORD + "@db.invalid:5433/ledger", "", "", "url"),
                TestApplyOptions.defaults())
            .orElseThrow();

    assertThat(stopped.what())
        .startsWith("Could not connect to db.invalid:5433 (database ledger) as app: no such host")
        .doesNotContain(PASSWORD);
  }

  private DatabaseTarget.Jdbc silentServer() throws GateFailure {
    return DatabaseTarget.Jdbc.of(
        "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/ledger", "app", PASSWORD, "url");
  }
}
