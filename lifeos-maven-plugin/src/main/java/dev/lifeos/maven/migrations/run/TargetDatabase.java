package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.support.GateFailure;
import java.util.Map;

/**
 * The database run-migrations applies to, given only explicitly: the URL from its parameter or
 * {@code DATABASE_URL} (the spec's secret), user and password from their parameters, {@code
 * DATABASE_USER} and {@code DATABASE_PASSWORD}, or the URL itself ({@code user:password@}).
 */
public final class TargetDatabase {
  public static final String URL_PROPERTY = "lifeos.db.url";
  public static final String URL_VARIABLE = "DATABASE_URL";
  public static final String USER_VARIABLE = "DATABASE_USER";
  public static final String PASSWORD_VARIABLE = "DATABASE_PASSWORD";

  private TargetDatabase() {}

  /** The target, or a failure saying how to name one: there is never a default database. */
  public static DatabaseTarget.Jdbc resolve(
      String url, String user, String password, Map<String, String> environment)
      throws GateFailure {
    String givenUrl = first(url, environment.get(URL_VARIABLE));
    if (givenUrl == null) {
      throw new GateFailure(
          "No database URL: run-migrations applies migrations only to a database named"
              + " explicitly. Set "
              + URL_VARIABLE
              + " (in CI: a secret of the GitHub environment) or -D"
              + URL_PROPERTY
              + "=jdbc:postgresql://host:5432/db, with the user and password in "
              + USER_VARIABLE
              + " and "
              + PASSWORD_VARIABLE
              + " (or -Dlifeos.db.user, -Dlifeos.db.password). Nothing was changed.");
    }
    return DatabaseTarget.Jdbc.of(
        givenUrl,
        first(user, environment.get(USER_VARIABLE)),
        first(password, environment.get(PASSWORD_VARIABLE)),
        url != null && !url.isBlank() ? URL_PROPERTY : URL_VARIABLE);
  }

  private static String first(String value, String fallback) {
    if (value != null && !value.isBlank()) {
      return value;
    }
    return fallback == null || fallback.isBlank() ? null : fallback;
  }
}
