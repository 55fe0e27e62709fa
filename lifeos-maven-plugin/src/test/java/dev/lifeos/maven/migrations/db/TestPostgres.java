package dev.lifeos.maven.migrations.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for the tests of this JVM (zonky's binaries; as root too, through unshare),
 * started on first use and stopped by zonky's shutdown hook; each test takes a database of its own.
 */
public final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return server;
  }

  /** A new, empty database on the server, as the migration goals are given one. */
  public static DatabaseTarget.Jdbc newDatabase(String prefix) throws SQLException {
    String name = prefix + "_" + DATABASES.incrementAndGet();
    try (Connection connection = server().getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return new DatabaseTarget.Jdbc(server().getJdbcUrl("postgres", name), "postgres", "");
  }

  /** A connection to {@code database} as the superuser, named {@code applicationName}. */
  public static Connection connect(DatabaseTarget.Jdbc database, String applicationName)
      throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", "postgres");
    properties.setProperty("ApplicationName", applicationName);
    return DriverManager.getConnection(database.url(), properties);
  }

  /** The first column of the first row of {@code query} in {@code database}, if it has a row. */
  public static Optional<String> firstValue(DatabaseTarget.Jdbc database, String query)
      throws SQLException {
    try (Connection connection = connect(database, "test");
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(query)) {
      return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
    }
  }

  /** Whether the index {@code name} is valid ({@code pg_index.indisvalid}); empty when none. */
  public static Optional<Boolean> indexValid(DatabaseTarget.Jdbc database, String name)
      throws SQLException {
    return firstValue(
            database,
            "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " WHERE c.relname = '"
                + name
                + "'")
        .map("t"::equals);
  }
}
