package dev.lifeos.maven.release;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version as semver 2.0 defines it: {@code MAJOR.MINOR.PATCH}, an optional pre-release
 * ({@code -rc.1}) and optional build metadata ({@code +build.7}).
 *
 * <p>Release tags carry a leading {@code v} ({@code v1.2.3}); {@link #parseTag} takes that form.
 */
public record SemVer(int major, int minor, int patch, String preRelease, String build) {
  /** The regular expression semver.org publishes, anchored; numbers have no leading zeros. */
  private static final Pattern SEMVER =
      Pattern.compile(
          "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
              + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
              + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

  /** {@code 1.2.3}, {@code 1.2.3-rc.1+build.7}; empty when the text is not semver 2.0. */
  public static Optional<SemVer> parse(String text) {
    Matcher m = SEMVER.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new SemVer(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? "" : m.group(4),
              m.group(5) == null ? "" : m.group(5)));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }

  /** A release tag: {@code v} followed by a semantic version; empty for anything else. */
  public static Optional<SemVer> parseTag(String tag) {
    return tag.startsWith("v") ? parse(tag.substring(1)) : Optional.empty();
  }

  public boolean isPreRelease() {
    return !preRelease.isEmpty();
  }

  /** The version without build metadata: what two versions are compared on (semver 2.0, 10). */
  public String withoutBuild() {
    return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
  }

  @Override
  public String toString() {
    return withoutBuild() + (build.isEmpty() ? "" : "+" + build);
  }
}
