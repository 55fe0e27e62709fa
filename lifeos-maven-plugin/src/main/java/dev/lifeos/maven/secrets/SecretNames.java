package dev.lifeos.maven.secrets;

import java.util.Locale;
import java.util.Set;

/**
 * What a secret is named: the one definition that {@code lifeos:env-ci} checks a committed {@code
 * .env.ci} by and that the masker hides environment variables, properties and {@code key=value}
 * pairs by, so that a name env-ci refuses to see committed is never printed either.
 *
 * <p>A name is split into words at every character that is not a letter or digit ({@code
 * AWS_SECRET_ACCESS_KEY}, {@code lifeos.db.password}, {@code client-secret}); it is a secret's name
 * when a word of it
 *
 * <ul>
 *   <li>is {@code PASS} or {@code PWD}, or
 *   <li>holds {@code PASSWORD}, {@code PASSWD}, {@code PASSPHRASE}, {@code SECRET}, {@code TOKEN}
 *       or {@code CREDENTIAL} ({@code dbPassword}, {@code clientSecret}, {@code GH_TOKEN}, {@code
 *       AWS_CREDENTIALS}), or
 *   <li>ends in {@code KEY} ({@code API_KEY}, {@code APIKEY}, {@code STRIPE_KEY}, {@code
 *       PRIVATE_KEY}),
 * </ul>
 *
 * any case. {@code PASSENGER_LIMIT} and {@code KEYCLOAK_REALM} are not, nor is a bare {@code key}:
 * it names an id ({@code "key": "V3"} in a migration report), not a secret.
 */
public final class SecretNames {
  private static final Set<String> WORDS = Set.of("PASS", "PWD");

  private static final String BARE_KEY = "KEY";

  private static final String[] PARTS = {
    "PASSWORD", "PASSWD", "PASSPHRASE", "SECRET", "TOKEN", "CREDENTIAL"
  };

  /** Set by the shell, never by a user: the working directory, which every path holds. */
  private static final String SHELL_WORKING_DIRECTORY = "PWD";

  private SecretNames() {}

  /** True for the name of a variable, property, key or JSON field that holds a secret. */
  public static boolean isSecretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.equals(BARE_KEY)) {
      return false;
    }
    for (String word : upper.split("[^A-Z0-9]+")) {
      if (WORDS.contains(word) || word.endsWith("KEY")) {
        return true;
      }
      for (String part : PARTS) {
        if (word.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True for an environment variable of the build's process that holds a secret: a secret's name,
   * but not the shell's own {@code PWD} (masking the working directory would hide every path).
   */
  public static boolean isSecretVariable(String name) {
    return !name.equals(SHELL_WORKING_DIRECTORY) && isSecretName(name);
  }
}
