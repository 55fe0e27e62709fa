package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * An open database to apply migrations to, with the class loader that holds its driver (and the
 * project's classes, for Java migrations). Every connection to it is bounded by the apply's {@link
 * ApplyOptions} and named with this apply's {@link #applicationName()}, so that its sessions can be
 * told apart from everyone else's. Closing it stops what it started: H2 is shut down, an embedded
 * PostgreSQL server is stopped and its directory deleted (one {@linkplain ServerAhead started
 * ahead} in the background, since the build it was started for goes on without waiting for it).
 */
public final class Database implements AutoCloseable {
  private static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(30);

  private final String url;
  private final String user;
  private final String password;
  private final String description;
  private final ClassLoader classLoader;
  private final ApplyOptions options;
  private final String applicationName;
  private final Optional<EmbeddedServer> embedded;
  private final boolean inMemory;
  private final boolean stopInBackground;

  private Database(
      String url,
      String user,
      String password,
      String description,
      ClassLoader classLoader,
      ApplyOptions options,
      Optional<EmbeddedServer> embedded,
      boolean inMemory,
      boolean stopInBackground) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.description = description;
    this.classLoader = classLoader;
    this.options = options;
    this.embedded = embedded;
    this.inMemory = inMemory;
    this.stopInBackground = stopInBackground;
    this.applicationName =
        "lifeos-migrations-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
  }

  /**
   * Starts (or connects to) {@code target}, with its libraries from {@code libraries} and {@code
   * classpath} (the project's classes, for Java migrations) in one class loader. Starting an
   * embedded server takes at most what is left of {@code deadline}.
   */
  public static Database open(
      DatabaseTarget target,
      DatabaseTarget.LibraryVersions versions,
      RuntimeLibraries libraries,
      List<Path> classpath,
      ApplyOptions options,
      Deadline deadline,
      MigrationLog log)
      throws GateFailure {
    return open(target, versions, libraries, classpath, options, deadline, log, Optional.empty());
  }

  /**
   * Like {@link #open(DatabaseTarget, DatabaseTarget.LibraryVersions, RuntimeLibraries, List,
   * ApplyOptions, Deadline, MigrationLog)}, but an embedded PostgreSQL is {@code ahead}'s when that
   * one {@linkplain ServerAhead#fits fits}.
   */
  public static Database open(
      DatabaseTarget target,
      DatabaseTarget.LibraryVersions versions,
      RuntimeLibraries libraries,
      List<Path> classpath,
      ApplyOptions options,
      Deadline deadline,
      MigrationLog log,
      Optional<ServerAhead> ahead)
      throws GateFailure {
    ClassLoader loader = libraries.classLoader(target.libraries(versions), classpath);
    if (target instanceof DatabaseTarget.H2 h2) {
      String url =
          "jdbc:h2:mem:lifeos-"
              + UUID.randomUUID()
              + ";DB_CLOSE_DELAY=-1"
              + (h2.mode().isEmpty() ? "" : ";MODE=" + h2.mode());
      return new Database(
          url, "sa", "", target.describe(), loader, options, Optional.empty(), true, false);
    }
    if (target instanceof DatabaseTarget.Jdbc jdbc) {
      return new Database(
          jdbc.url(),
          jdbc.user(),
          jdbc.password(),
          target.describe(),
          loader,
          options,
          Optional.empty(),
          false,
          false);
    }
    Optional<ServerAhead> started = ahead.filter(server -> server.fits(target, versions));
    EmbeddedServer server =
        started.isPresent()
            ? started.get().take(deadline, log)
            : EmbeddedServer.start(
                loader, ((DatabaseTarget.EmbeddedPostgres) target).template(), deadline, log);
    return new Database(
        server.jdbcUrl(),
        "postgres",
        "",
        "embedded PostgreSQL (" + server.jdbcUrl() + ")",
        loader,
        options,
        Optional.of(server),
        false,
        started.isPresent());
  }

  /**
   * Points {@code configuration} at this database, with the driver's connect and read limits and
   * the lock and statement timeouts on every connection Flyway opens.
   */
  public FluentConfiguration connect(FluentConfiguration configuration) {
    // the driver's properties first: Flyway hands the data source the ones set before it
    FluentConfiguration bounded =
        isPostgresql()
            ? configuration.jdbcProperties(options.driverProperties(applicationName))
            : configuration;
    return bounded.dataSource(url, user, password).initSql(options.initSql(isPostgresql()));
  }

  public ClassLoader classLoader() {
    return classLoader;
  }

  /** How it is named in logs and reports: never with a password. */
  public String description() {
    return description;
  }

  /** The JDBC URL: never with user information (see {@link DatabaseUrl}); not for logs. */
  String url() {
    return url;
  }

  String user() {
    return user;
  }

  public boolean isPostgresql() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** PostgreSQL's {@code application_name} of this apply's sessions. */
  public String applicationName() {
    return applicationName;
  }

  public ApplyOptions options() {
    return options;
  }

  /** The embedded server, when this database is one. */
  Optional<EmbeddedServer> embedded() {
    return embedded;
  }

  /**
   * Fails unless the current schema has no tables: check-migrations applies every migration from
   * scratch and must never touch a database that holds anything. Takes at most what is left of
   * {@code deadline}.
   */
  public void requireEmpty(String urlSetting, Deadline deadline) throws Exception {
    Optional<String> table;
    try {
      table = query("-check", deadline.remaining(), Database::firstTable);
    } catch (SQLException e) {
      throw new GateFailure(
          ConnectionFailure.describe(this, e)
              + ". Check "
              + urlSetting
              + ", lifeos.migrations.user and lifeos.migrations.password, and that the server"
              + " accepts connections from here.");
    } catch (TimeoutException e) {
      throw new GateFailure(
          "Could not check that "
              + ConnectionFailure.server(this)
              + " is empty before the deadline ("
              + ApplyOptions.DEADLINE
              + "): the server does not answer. Check it, and "
              + urlSetting
              + ".");
    }
    if (table.isPresent()) {
      throw new GateFailure(
          description
              + " is not empty ("
              + table.get()
              + "). check-migrations applies every migration from scratch: give it an empty"
              + " database (a fresh CI service container), never a shared one.");
    }
  }

  private static Optional<String> firstTable(Connection connection) throws SQLException {
    try (ResultSet tables =
        connection
            .getMetaData()
            .getTables(
                connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
      return tables.next()
          ? Optional.of(
              "schema " + connection.getSchema() + " has table " + tables.getString("TABLE_NAME"))
          : Optional.empty();
    }
  }

  /** Work on a connection. */
  @FunctionalInterface
  public interface ConnectionWork<T> {
    T on(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} on a new connection of this apply (named {@code applicationName + suffix}),
   * for the goal's own queries, within {@code limit} whatever the server does.
   *
   * @throws TimeoutException when the server did not answer in time
   */
  public <T> T query(String suffix, Duration limit, ConnectionWork<T> work) throws Exception {
    return Worker.call(
        "lifeos-query",
        limit,
        () -> {
          try (Connection connection = connection(suffix)) {
            return work.on(connection);
          }
        });
  }

  /**
   * A new connection of this apply (bounded like Flyway's, named {@code applicationName + suffix}),
   * for the goal's own queries: the lock watch, the state after a failure.
   */
  public Connection connection(String suffix) throws SQLException {
    try {
      Driver driver =
          (Driver)
              Class.forName(
                      isPostgresql() ? "org.postgresql.Driver" : "org.h2.Driver", true, classLoader)
                  .getDeclaredConstructor()
                  .newInstance();
      Properties properties = new Properties();
      if (isPostgresql()) {
        options.driverProperties(applicationName + suffix).forEach(properties::setProperty);
      }
      properties.setProperty("user", user);
      properties.setProperty("password", password);
      Connection connection = driver.connect(url, properties);
      if (connection == null) {
        throw new SQLException("No driver accepts " + description);
      }
      return connection;
    } catch (ReflectiveOperationException e) {
      throw new SQLException("No JDBC driver for " + description, e);
    }
  }

  private Connection connection() throws SQLException {
    return connection("");
  }

  @Override
  public void close() throws Exception {
    try {
      if (embedded.isPresent() && stopInBackground) {
        embedded.get().closeInBackground();
      } else if (embedded.isPresent()) {
        embedded.get().close();
      } else if (inMemory) {
        Worker.run("lifeos-h2-shutdown", SHUTDOWN_LIMIT, () -> execute("SHUTDOWN"));
      }
    } finally {
      if (classLoader instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = connection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
