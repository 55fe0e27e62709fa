package dev.lifeos.maven.migrations;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A file the project keeps in a migration location but does not want run as a migration (a helper
 * script the DB team runs by hand): {@code lifeos.migrations.exclude}, a glob with an optional
 * reason after {@code #}. A glob without {@code /} matches file names ({@code manual_*.sql}); one
 * with {@code /} matches the path below the migration location ({@code manual/*.sql}, {@code
 * manual/**}).
 *
 * @param glob the pattern as written
 * @param reason why, as the user wrote it; empty when none was given
 */
public record Exclusion(String glob, String reason) {
  /** {@code "manual_*.sql # run by hand by the DB team"}. */
  public static Exclusion parse(String entry) {
    int hash = entry.indexOf('#');
    String glob = (hash < 0 ? entry : entry.substring(0, hash)).trim();
    String reason = hash < 0 ? "" : entry.substring(hash + 1).trim();
    if (glob.isEmpty()) {
      throw new IllegalArgumentException("an exclusion needs a glob before '#': " + entry);
    }
    return new Exclusion(glob, reason);
  }

  /** Whether it excludes {@code file}, which lies in the migration location {@code location}. */
  public boolean matches(Path file, Path location) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    if (!glob.contains("/")) {
      return matcher.matches(file.getFileName());
    }
    return file.startsWith(location) && matcher.matches(location.relativize(file));
  }

  /** What the report says: "excluded by lifeos.migrations.exclude 'manual_*.sql': run by hand". */
  public String describe() {
    return "excluded by lifeos.migrations.exclude '"
        + glob
        + "'"
        + (reason.isEmpty() ? "" : ": " + reason);
  }
}
