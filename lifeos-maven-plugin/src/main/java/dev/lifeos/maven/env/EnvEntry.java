package dev.lifeos.maven.env;

import java.util.regex.Pattern;

/**
 * One {@code KEY=value} line of an env file.
 *
 * @param line 1-based line number, for messages (which never show the value)
 */
public record EnvEntry(String key, String value, int line) {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*}");

  /**
   * True for {@code KEY=${NAME}}: the value is left to the environment the build runs in (a CI
   * secret, say), so the entry is not passed on and the test JVM inherits the real value.
   */
  public boolean isEnvironmentReference() {
    return REFERENCE.matcher(value).matches();
  }
}
