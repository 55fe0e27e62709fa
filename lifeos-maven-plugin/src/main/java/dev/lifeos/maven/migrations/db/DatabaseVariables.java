package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.support.GateFailure;
import java.util.Map;
import java.util.Optional;

/**
 * How a deploy job names a real database (run-migrations' target, pre-flight's production and
 * staging), unlike the throwaway {@link DatabaseTarget} check-migrations picks: the URL from a goal
 * parameter, else {@code <prefix>DATABASE_URL} (a secret of the GitHub environment); the user and
 * password from their parameters, else {@code <prefix>DATABASE_USER} and {@code
 * <prefix>DATABASE_PASSWORD}, else the URL's own ({@code user:password@}). There is no default: no
 * URL, no database.
 */
public final class DatabaseVariables {
  /** run-migrations' (and pre-flight's production) URL parameter. */
  public static final String URL_PROPERTY = "lifeos.db.url";

  public static final String URL_VARIABLE = "DATABASE_URL";
  public static final String USER_VARIABLE = "DATABASE_USER";
  public static final String PASSWORD_VARIABLE = "DATABASE_PASSWORD";

  private DatabaseVariables() {}

  /**
   * The database the parameters or the variables name, empty when neither gives a URL.
   *
   * @param prefix of the variables: "" for {@code DATABASE_URL}, {@code STAGING_} for staging's
   * @param setting the URL parameter, as messages name it
   */
  public static Optional<DatabaseTarget.Jdbc> resolve(
      String prefix,
      String setting,
      String url,
      String user,
      String password,
      Map<String, String> environment)
      throws GateFailure {
    String givenUrl = first(url, environment.get(prefix + URL_VARIABLE));
    if (givenUrl == null) {
      return Optional.empty();
    }
    return Optional.of(
        DatabaseTarget.Jdbc.of(
            givenUrl,
            first(user, environment.get(prefix + USER_VARIABLE)),
            first(password, environment.get(prefix + PASSWORD_VARIABLE)),
            url != null && !url.isBlank() ? setting : prefix + URL_VARIABLE));
  }

  private static String first(String value, String fallback) {
    if (value != null && !value.isBlank()) {
      return value;
    }
    return fallback == null || fallback.isBlank() ? null : fallback;
  }
}
