package dev.lifeos.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.secrets.MaskedException;
import dev.lifeos.maven.secrets.SecretMasker;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class MaskingLogTest {
  private static final String SECRET = "S3cr3t-Pa55";
  private static final String URL = "jdbc:postgresql://app:" + SECRET + "@db/lifeos";

  /** Records what reaches Maven's log. */
  static final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
      lines.add(content.toString());
    }

    @Override
    public void error(CharSequence content) {
      lines.add(content.toString());
    }
  }

  private final RecordingLog maven = new RecordingLog();
  private final MaskingLog log = new MaskingLog(maven, () -> SecretMasker.of(Map.of(), List.of()));

  @Test
  void masksEveryLine() {
    log.info("Connecting to " + URL);

    assertThat(maven.lines).containsExactly("Connecting to jdbc:postgresql://app:****@db/lifeos");
  }

  @Test
  void printsThrowablesAsMaskedTextNeverRaw() {
    SQLException driverError =
        new SQLException("Connection to " + URL + " refused", new IllegalStateException(URL));

    log.error("Migration failed", driverError);

    assertThat(maven.lines)
        .singleElement()
        .asString()
        .doesNotContain(SECRET)
        .contains("Migration failed: SQLException: Connection to jdbc:postgresql://app:****@db")
        .contains("caused by IllegalStateException");
  }

  @Test
  void asksTheMaskerPerLineSoLaterSecretsAreMasked() {
    SecretMasker[] current = {SecretMasker.of(Map.of(), List.of())};
    MaskingLog late = new MaskingLog(maven, () -> current[0]);

    current[0] = SecretMasker.of(Map.of(), List.of("hunter22"));
    late.info("password is hunter22");

    assertThat(maven.lines).containsExactly("password is ****");
  }

  @Test
  void maskedCopyOfAnExceptionChainKeepsStackTracesButNotSecrets() {
    SQLException driverError = new SQLException("bad " + URL, new RuntimeException(SECRET));

    Exception copy = MaskedException.of(driverError, SecretMasker.of(Map.of(), List.of(SECRET)));

    assertThat(copy).hasMessageNotContaining(SECRET).hasMessageContaining("java.sql.SQLException");
    assertThat(copy.getStackTrace()).isEqualTo(driverError.getStackTrace());
    assertThat(copy.getCause()).hasMessageNotContaining(SECRET);
  }
}
