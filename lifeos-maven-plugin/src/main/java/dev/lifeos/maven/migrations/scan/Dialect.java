package dev.lifeos.maven.migrations.scan;

import java.util.Locale;

/** The database the migrations are written for; some rules are about one database's locking. */
public enum Dialect {
  POSTGRESQL,
  MYSQL,
  H2,
  OTHER;

  /**
   * {@code postgresql}, {@code postgres}, {@code mysql}, {@code mariadb}, {@code h2}, else OTHER.
   */
  public static Dialect fromName(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "postgresql", "postgres", "pg" -> POSTGRESQL;
      case "mysql", "mariadb" -> MYSQL;
      case "h2" -> H2;
      default -> OTHER;
    };
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
