package dev.lifeos.maven.migrations.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Watches, from a connection of its own, whether this apply's sessions wait for a lock, and who
 * holds it ({@code pg_stat_activity}, {@code pg_locks}, {@code pg_blocking_pids}): when a timeout
 * or the deadline stops a migration, the message names what it waited for.
 *
 * <p>One wait it ends at once: a migration waiting for this apply's own Flyway connection while
 * that connection sits idle in its transaction. That is how {@code CREATE INDEX CONCURRENTLY} meets
 * Flyway's transactional lock ({@code postgresql.transactional.lock=true}, Flyway's default):
 * Flyway holds its advisory lock in an open transaction on one connection, and the index build on
 * the other waits for every open transaction to end, so each waits for the other for ever, and
 * PostgreSQL's deadlock detector cannot see it (one side waits on the client, not on a lock). The
 * watch cancels the waiting statement and records why.
 */
final class LockWatch implements AutoCloseable {
  private static final Duration INTERVAL = Duration.ofMillis(500);
  private static final Duration CANCEL_LIMIT = Duration.ofSeconds(10);
  private static final int QUERY_CHARS = 160;
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern DOLLAR_QUOTED =
      Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$.*?\\$\\1\\$", Pattern.DOTALL);

  private static final String WAITS =
      "SELECT w.pid, l.locktype, l.mode, l.relation::regclass::text, w.query,"
          + " EXTRACT(EPOCH FROM now() - w.query_start),"
          + " b.pid, b.state, b.application_name, b.usename, b.query,"
          + " EXTRACT(EPOCH FROM now() - b.state_change)"
          + " FROM pg_stat_activity w"
          + " CROSS JOIN LATERAL unnest(pg_blocking_pids(w.pid)) AS blocking(pid)"
          + " JOIN pg_stat_activity b ON b.pid = blocking.pid"
          + " LEFT JOIN LATERAL (SELECT locktype, mode, relation FROM pg_locks"
          + "   WHERE pid = w.pid AND NOT granted LIMIT 1) l ON true"
          + " WHERE w.application_name = ? AND w.wait_event_type = 'Lock'"
          + " ORDER BY w.pid, b.pid";

  /**
   * A session that holds what a migration waits for.
   *
   * @param ours whether it is one of this apply's own connections
   */
  record Blocker(
      long pid,
      String state,
      String applicationName,
      String user,
      String query,
      Duration inState,
      boolean ours) {

    /**
     * {@code pid 4242 (idle in transaction for 35 s, application 'nightly-report', user app: ...)}.
     */
    String describe() {
      return "pid "
          + pid
          + " ("
          + state
          + " for "
          + inState.toSeconds()
          + " s"
          + (ours ? ", this apply's own Flyway connection" : "")
          + (applicationName.isEmpty() || ours ? "" : ", application '" + applicationName + "'")
          + (user.isEmpty() ? "" : ", user " + user)
          + (query.isEmpty()
              ? ""
              : (state.equals("active") ? ", running: " : ", last query: ") + query)
          + ")";
    }
  }

  /** A statement of this apply waiting for a lock, and the sessions it waits for. */
  record Wait(long pid, String lock, String query, Duration waited, List<Blocker> blockers) {
    /** Waiting for this apply's own connection, idle in its transaction: it would never end. */
    boolean onItsOwnFlywayLock() {
      return blockers.stream()
          .anyMatch(b -> b.ours() && b.state().startsWith("idle in transaction"));
    }

    /** {@code AccessExclusiveLock on accounts, held by pid 4242 (...)}. */
    String describe() {
      return lock
          + ", held by "
          + String.join(" and ", blockers.stream().map(Blocker::describe).toList());
    }
  }

  private final Database database;
  private final Thread thread;
  private volatile boolean closed;
  private volatile Seen lastWait;
  private volatile Wait selfWait;
  private Connection connection;

  private LockWatch(Database database) {
    this.database = database;
    this.thread = new Thread(this::watch, "lifeos-lock-watch");
    this.thread.setDaemon(true);
  }

  /** Starts watching {@code database}'s sessions; PostgreSQL only. */
  static Optional<LockWatch> start(Database database) {
    if (!database.isPostgresql()) {
      return Optional.empty();
    }
    LockWatch watch = new LockWatch(database);
    watch.thread.start();
    return Optional.of(watch);
  }

  private record Seen(Wait seen, long atNanos) {}

  /** The last wait seen since {@code nanos} ({@link System#nanoTime}), if a statement waited. */
  Optional<Wait> lastWaitSince(long nanos) {
    Seen seen = lastWait;
    return seen == null || seen.atNanos() - nanos < 0 ? Optional.empty() : Optional.of(seen.seen());
  }

  /** The wait on this apply's own Flyway lock that the watch cancelled, if it did. */
  Optional<Wait> selfWait() {
    return Optional.ofNullable(selfWait);
  }

  /** Cancels what this apply's sessions run (the deadline passed), from a connection of its own. */
  void cancelRunningStatements(boolean terminate) {
    try {
      database.query(
          "-cancel",
          CANCEL_LIMIT,
          connection -> {
            try (PreparedStatement cancel =
                connection.prepareStatement(
                    "SELECT "
                        + (terminate ? "pg_terminate_backend" : "pg_cancel_backend")
                        + "(pid) FROM pg_stat_activity WHERE application_name = ?"
                        + " AND pid <> pg_backend_pid()")) {
              cancel.setString(1, database.applicationName());
              cancel.executeQuery().close();
            }
            return null;
          });
    } catch (Exception unreachable) {
      // the server does not answer: nothing more can be done from here
    }
  }

  private void watch() {
    while (!closed) {
      try {
        poll();
      } catch (SQLException e) {
        closeConnection(); // reopened on the next round
      }
      try {
        Thread.sleep(INTERVAL.toMillis());
      } catch (InterruptedException e) {
        return;
      }
    }
    closeConnection();
  }

  private void poll() throws SQLException {
    if (connection == null) {
      connection = database.connection("-watch");
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET statement_timeout = '5s'");
      }
    }
    Map<Long, Wait> waits = new LinkedHashMap<>();
    try (PreparedStatement query = connection.prepareStatement(WAITS)) {
      query.setString(1, database.applicationName());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long pid = rows.getLong(1);
          Wait wait = waits.get(pid);
          if (wait == null) {
            wait =
                new Wait(
                    pid,
                    lock(rows.getString(2), rows.getString(3), rows.getString(4)),
                    masked(rows.getString(5)),
                    seconds(rows.getDouble(6)),
                    new ArrayList<>());
            waits.put(pid, wait);
          }
          String application = String.valueOf(rows.getString(9));
          wait.blockers()
              .add(
                  new Blocker(
                      rows.getLong(7),
                      String.valueOf(rows.getString(8)),
                      application,
                      rows.getString(10) == null ? "" : rows.getString(10),
                      masked(rows.getString(11)),
                      seconds(rows.getDouble(12)),
                      application.equals(database.applicationName())));
        }
      }
    }
    for (Wait wait : waits.values()) {
      lastWait = new Seen(wait, System.nanoTime());
      if (wait.onItsOwnFlywayLock() && selfWait == null) {
        // recorded before the cancel: the apply reads it as soon as its statement is cancelled
        selfWait = wait;
        try (PreparedStatement cancel =
            connection.prepareStatement("SELECT pg_cancel_backend(?)")) {
          cancel.setInt(1, (int) wait.pid());
          cancel.executeQuery().close();
        }
      }
    }
  }

  /** What a lock in {@code pg_locks} is, in words. */
  static String lock(String type, String mode, String relation) {
    if (type == null) {
      return "a lock";
    }
    return switch (type) {
      case "relation" -> mode + " on " + relation;
      case "tuple" -> "a row lock on " + relation;
      case "virtualxid", "transactionid" -> "the end of another transaction (" + type + ")";
      case "advisory" -> "an advisory lock";
      default -> type + " " + mode;
    };
  }

  /**
   * A query as it may be shown: string literals and dollar-quoted bodies replaced (another
   * application's values can be secret), one line, capped.
   */
  static String masked(String query) {
    if (query == null) {
      return "";
    }
    String text = DOLLAR_QUOTED.matcher(query).replaceAll("\\$…\\$");
    text = STRING_LITERAL.matcher(text).replaceAll("'…'");
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() <= QUERY_CHARS ? text : text.substring(0, QUERY_CHARS) + "…";
  }

  private static Duration seconds(double seconds) {
    return Duration.ofMillis((long) (seconds * 1000));
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing a broken connection
      }
      connection = null;
    }
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
