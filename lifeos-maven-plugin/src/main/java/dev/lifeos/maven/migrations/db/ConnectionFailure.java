package dev.lifeos.maven.migrations.db;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a failed or lost connection tells the user: the server by host and port (never a user or
 * password: those are not part of what it names), the time it was given, and why in words, not the
 * driver's bare "The connection attempt failed."
 */
public final class ConnectionFailure {
  private static final String JDBC_POSTGRESQL = "jdbc:postgresql:";

  private ConnectionFailure() {}

  /** Whether {@code error} is about the connection, not about what ran on it. */
  public static boolean isConnectionProblem(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true; // connection exceptions; the server terminated the session or shut down
      }
      if (e instanceof SocketException
          || e instanceof EOFException
          || e instanceof SocketTimeoutException
          || e instanceof UnknownHostException) {
        return true;
      }
      if (String.valueOf(e.getMessage()).startsWith("Unable to restore connection")) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Could not connect to db.example.com:5432 (database ledger) as app: no answer within 30s
   * (lifeos.migrations.connectTimeout) (...)}.
   */
  public static String describe(Database database, Throwable error) {
    return "Could not connect to "
        + server(database)
        + (database.user().isEmpty() ? "" : " as " + database.user())
        + ": "
        + reason(error, database.options().connectTimeout());
  }

  /** {@code host:port (database name)} of a PostgreSQL database, else its description. */
  public static String server(Database database) {
    String url = database.url();
    if (!url.startsWith(JDBC_POSTGRESQL)) {
      return database.description();
    }
    String rest = url.substring(JDBC_POSTGRESQL.length());
    int query = rest.indexOf('?');
    rest = query < 0 ? rest : rest.substring(0, query);
    if (!rest.startsWith("//")) {
      return "localhost:5432 (database " + rest + ")";
    }
    rest = rest.substring(2);
    int slash = rest.indexOf('/');
    String hosts = slash < 0 ? rest : rest.substring(0, slash);
    String name = slash < 0 ? "" : rest.substring(slash + 1);
    List<String> endpoints = new ArrayList<>();
    for (String host : hosts.split(",")) {
      boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
      endpoints.add(host.isEmpty() ? "localhost:5432" : hasPort ? host : host + ":5432");
    }
    return String.join(", ", endpoints) + (name.isEmpty() ? "" : " (database " + name + ")");
  }

  /** Why, in words; the driver's own text only when it says more than that it failed. */
  private static String reason(Throwable error, Duration timeout) {
    UnknownHostException unknown = MigrationFailure.cause(error, UnknownHostException.class);
    if (unknown != null) {
      return "no such host: " + unknown.getMessage();
    }
    if (MigrationFailure.cause(error, ConnectException.class) != null) {
      return "the connection was refused (nothing listens on that port, or a firewall rejects it)";
    }
    SQLException sql = MigrationFailure.cause(error, SQLException.class);
    String driver = MigrationFailure.firstLine(sql == null ? error.getMessage() : sql.getMessage());
    if (MigrationFailure.cause(error, SocketTimeoutException.class) != null
        || driver.contains("timed out")) {
      return "no answer within "
          + ApplyOptions.format(timeout)
          + " ("
          + ApplyOptions.CONNECT_TIMEOUT
          + "): the server, or a proxy or firewall in between, took the connection but did not"
          + " answer, or packets to it are dropped";
    }
    return driver;
  }
}
