package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.smoke.Durations;
import dev.lifeos.maven.support.GateFailure;
import java.time.Duration;

/**
 * The apply's bounds as the migration goals take them: durations written {@code 10s}, {@code 5m}.
 */
final class ApplyParameters {
  private ApplyParameters() {}

  /**
   * @param transactionalLock the project's {@code postgresql.transactional.lock}
   */
  static ApplyOptions of(
      boolean transactionalLock,
      String lockTimeout,
      String statementTimeout,
      String connectTimeout,
      String deadline)
      throws GateFailure {
    return new ApplyOptions(
        transactionalLock,
        Durations.parse(lockTimeout, ApplyOptions.LOCK_TIMEOUT),
        Durations.parse(statementTimeout, ApplyOptions.STATEMENT_TIMEOUT),
        positive(connectTimeout, ApplyOptions.CONNECT_TIMEOUT),
        positive(deadline, ApplyOptions.DEADLINE));
  }

  private static Duration positive(String text, String property) throws GateFailure {
    Duration duration = Durations.parse(text, property);
    if (duration.isZero()) {
      throw new GateFailure(
          property
              + " is 0: nothing may wait without a limit. Give a duration such as 30s or 15m.");
    }
    return duration;
  }
}
