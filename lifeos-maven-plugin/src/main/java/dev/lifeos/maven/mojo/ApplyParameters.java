package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.smoke.Durations;
import dev.lifeos.maven.support.GateFailure;
import java.time.Duration;

/**
 * How the migration goals apply: Flyway's lock mode as the project configures it, and the bounds as
 * the goals take them (durations written {@code 10s}, {@code 5m}).
 */
final class ApplyParameters {
  private ApplyParameters() {}

  /**
   * @param settings the project's Flyway settings: the one place {@code
   *     postgresql.transactional.lock} is decided (Flyway's default when the project leaves it out)
   */
  static ApplyOptions of(
      MigrationSettings settings,
      String lockTimeout,
      String statementTimeout,
      String connectTimeout,
      String deadline)
      throws GateFailure {
    return new ApplyOptions(
        settings.postgresqlTransactionalLock().orElse(ApplyOptions.FLYWAY_TRANSACTIONAL_LOCK),
        Durations.parse(lockTimeout, ApplyOptions.LOCK_TIMEOUT),
        Durations.parse(statementTimeout, ApplyOptions.STATEMENT_TIMEOUT),
        positive(connectTimeout, ApplyOptions.CONNECT_TIMEOUT),
        positive(deadline, ApplyOptions.DEADLINE));
  }

  /** A bound that must not be 0 (nothing waits without a limit). */
  static Duration positive(String text, String property) throws GateFailure {
    Duration duration = Durations.parse(text, property);
    if (duration.isZero()) {
      throw new GateFailure(
          property
              + " is 0: nothing may wait without a limit. Give a duration such as 30s or 15m.");
    }
    return duration;
  }
}
