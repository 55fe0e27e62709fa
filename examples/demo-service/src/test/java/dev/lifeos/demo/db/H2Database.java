package dev.lifeos.demo.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** A private in-memory database with the service's real migrations applied; closed, it is gone. */
final class H2Database implements AutoCloseable {
  private final Connection connection;

  private H2Database(Connection connection) {
    this.connection = connection;
  }

  static H2Database migrated(String name) throws SQLException {
    String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    H2Database database = new H2Database(DriverManager.getConnection(url, "sa", ""));
    database.execute("INSERT INTO accounts (id, name, currency) VALUES (1, 'Checking', 'EUR')");
    return database;
  }

  Connection connection() {
    return connection;
  }

  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    execute("SHUTDOWN");
    connection.close();
  }
}
