package dev.lifeos.maven.migrations.db;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How migrations are applied, beyond the project's Flyway settings: Flyway's PostgreSQL lock mode,
 * and the bounds on every wait, so that an apply ends in bounded time whatever the database does.
 *
 * @param transactionalLock Flyway's {@code postgresql.transactional.lock} as the project sets it
 *     (Flyway's default: true): whether Flyway holds its advisory lock inside a transaction
 * @param lockTimeout PostgreSQL {@code lock_timeout} (H2 {@code LOCK_TIMEOUT}) of every statement:
 *     how long one may wait for a lock another session holds; zero for no limit
 * @param statementTimeout PostgreSQL {@code statement_timeout} (H2 {@code QUERY_TIMEOUT}) of every
 *     statement; zero for no limit
 * @param connectTimeout how long opening a connection (TCP, TLS, login) may take
 * @param deadline the whole apply: starting the database, connecting, migrating, stopping
 */
public record ApplyOptions(
    boolean transactionalLock,
    Duration lockTimeout,
    Duration statementTimeout,
    Duration connectTimeout,
    Duration deadline) {

  /** Flyway's default for {@code postgresql.transactional.lock}. */
  public static final boolean FLYWAY_TRANSACTIONAL_LOCK = true;

  public static final String LOCK_TIMEOUT = "lifeos.migrations.lockTimeout";
  public static final String STATEMENT_TIMEOUT = "lifeos.migrations.statementTimeout";
  public static final String CONNECT_TIMEOUT = "lifeos.migrations.connectTimeout";
  public static final String DEADLINE = "lifeos.migrations.deadline";

  /**
   * How long a network read may block beyond the statement's own limits before it counts as lost.
   */
  private static final Duration NETWORK_GRACE = Duration.ofMinutes(1);

  public ApplyOptions {
    if (deadline.isZero() || deadline.isNegative()) {
      throw new IllegalArgumentException("an apply needs a deadline");
    }
    if (connectTimeout.isZero() || connectTimeout.isNegative()) {
      throw new IllegalArgumentException("connecting needs a timeout");
    }
  }

  /**
   * The SQL Flyway runs on each connection it opens: the lock and statement timeouts, so that they
   * hold for every migration, the schema history and Flyway's own queries.
   */
  String initSql(boolean postgresql) {
    return postgresql
        ? "SET lock_timeout = '"
            + lockTimeout.toMillis()
            + "ms'; SET statement_timeout = '"
            + statementTimeout.toMillis()
            + "ms'"
        : "SET LOCK_TIMEOUT "
            + lockTimeout.toMillis()
            + "; SET QUERY_TIMEOUT "
            + statementTimeout.toMillis();
  }

  /**
   * The PostgreSQL driver's properties that bound connecting and reading: without them a server
   * that accepts the connection and never answers holds the goal for ever. The read limit is above
   * the statement's own limits, so a slow statement is cancelled by the server, with its message,
   * before the driver gives up on the connection. Settings in the URL win.
   */
  Map<String, String> driverProperties(String applicationName) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("connectTimeout", String.valueOf(seconds(connectTimeout)));
    properties.put("loginTimeout", String.valueOf(seconds(connectTimeout)));
    properties.put(
        "socketTimeout",
        String.valueOf(
            statementTimeout.isZero()
                ? 0
                : seconds(statementTimeout.plus(lockTimeout).plus(NETWORK_GRACE))));
    properties.put("tcpKeepAlive", "true");
    properties.put("ApplicationName", applicationName);
    return properties;
  }

  private static long seconds(Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }

  /** {@code 10s}, {@code 5m}, {@code 1500ms}: as the properties are written. */
  public static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0 (no limit)";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }
}
