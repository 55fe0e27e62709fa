package dev.lifeos.maven.migrations.db;

import java.time.Duration;

/** The apply options the goals default to, for tests; each test changes what it is about. */
public final class TestApplyOptions {
  private TestApplyOptions() {}

  /** check-migrations' defaults, with Flyway's transactional lock. */
  public static ApplyOptions defaults() {
    return new ApplyOptions(
        true,
        Duration.ofSeconds(10),
        Duration.ofMinutes(5),
        Duration.ofSeconds(30),
        Duration.ofMinutes(15));
  }

  public static ApplyOptions transactionalLock(boolean lock) {
    ApplyOptions o = defaults();
    return new ApplyOptions(
        lock, o.lockTimeout(), o.statementTimeout(), o.connectTimeout(), o.deadline());
  }

  public static ApplyOptions lockTimeout(Duration timeout) {
    ApplyOptions o = defaults();
    return new ApplyOptions(
        o.transactionalLock(), timeout, o.statementTimeout(), o.connectTimeout(), o.deadline());
  }

  public static ApplyOptions statementTimeout(Duration timeout) {
    ApplyOptions o = defaults();
    return new ApplyOptions(
        o.transactionalLock(), o.lockTimeout(), timeout, o.connectTimeout(), o.deadline());
  }

  public static ApplyOptions connectTimeout(Duration timeout) {
    ApplyOptions o = defaults();
    return new ApplyOptions(
        o.transactionalLock(), o.lockTimeout(), o.statementTimeout(), timeout, o.deadline());
  }
}
