package dev.lifeos.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.config.ConfigSource;
import dev.lifeos.maven.support.GateFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplyParametersTest {
  private static MigrationSettings springBoot(Map<String, String> flywayKeys) throws Exception {
    return MigrationSettings.from(
        List.of(ConfigSource.of("src/main/resources/application.yml", flywayKeys)),
        List.of(),
        10_485_760);
  }

  @Test
  void theApplyHoldsFlywaysLockAsTheProjectConfiguresIt() throws Exception {
    MigrationSettings lockOff = springBoot(Map.of("flyway.postgresql.transactional.lock", "false"));

    assertThat(ApplyParameters.of(lockOff, "10s", "5m", "30s", "15m").transactionalLock())
        .isFalse();
  }

  @Test
  void aProjectThatSaysNothingGetsFlywaysDefaultTransactionalLock() throws Exception {
    MigrationSettings unset = springBoot(Map.of("flyway.mixed", "true"));

    assertThat(ApplyParameters.of(unset, "10s", "5m", "30s", "15m").transactionalLock()).isTrue();
  }

  @Test
  void durationsAreReadAndNothingMayWaitWithoutALimit() throws Exception {
    var options = ApplyParameters.of(MigrationSettings.defaults(), "1500ms", "0", "30s", "2m");

    assertThat(options.lockTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(options.statementTimeout()).isZero();
    assertThat(options.deadline()).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(
            () -> ApplyParameters.of(MigrationSettings.defaults(), "10s", "5m", "30s", "0"))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("lifeos.migrations.deadline is 0");
  }
}
