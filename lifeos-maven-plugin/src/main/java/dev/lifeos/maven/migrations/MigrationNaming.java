package dev.lifeos.maven.migrations;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.internal.resource.ResourceName;
import org.flywaydb.core.internal.resource.ResourceNameParser;

/**
 * Reads a file name the way Flyway does (its own parser, with the project's prefixes, separator and
 * suffixes) and says whether Flyway runs it, ignores it on purpose, or would silently skip a file
 * that was meant to be a migration.
 *
 * <p>"Meant to be a migration": the name ends with a migration suffix, or starts with a migration
 * prefix (in any case) followed by a digit or the separator. {@code README.md}, {@code notes.txt},
 * callbacks ({@code afterMigrate.sql}) and per-script configuration ({@code V1__x.sql.conf}) are
 * not.
 */
final class MigrationNaming {
  private static final Pattern VERSION_THEN_WORD =
      Pattern.compile("^(?<version>\\d+(?:[._]\\d+)*)[_\\-. ]+(?<rest>.*)$");

  private final MigrationSettings settings;
  private final ResourceNameParser parser;

  MigrationNaming(MigrationSettings settings) {
    this.settings = settings;
    this.parser = settings.nameParser();
  }

  sealed interface Name permits Named, Ignored, Misnamed {}

  /** Flyway runs it. */
  record Named(Migration.Type type, MigrationVersion version, String description) implements Name {}

  /** Not a migration, and not meant to be one. */
  record Ignored() implements Name {}

  /** Meant to be a migration, but Flyway would skip it (or run it without a description). */
  record Misnamed(String reason, String suggestion, String consequence) implements Name {
    Misnamed(String reason, String suggestion) {
      this(reason, suggestion, "Flyway would skip it and never run it");
    }
  }

  private static final Ignored IGNORED = new Ignored();
  private static final String NO_DESCRIPTION =
      "Flyway runs it, but its history and flyway info say nothing about what it does";

  Name ofSqlFile(String fileName) {
    if (fileName.startsWith(".") || isScriptConfiguration(fileName)) {
      return IGNORED;
    }
    String suffix = matchingSuffix(fileName);
    String stem =
        suffix == null ? fileName : fileName.substring(0, fileName.length() - suffix.length());
    if (!looksLikeMigration(stem, suffix != null)) {
      return IGNORED;
    }
    if (suffix == null) {
      String wanted = settings.suffixes().get(0);
      int dot = fileName.lastIndexOf('.');
      String fixed = (dot > 0 ? fileName.substring(0, dot) : fileName) + wanted;
      return new Misnamed(
          "does not end in "
              + String.join(" or ", settings.suffixes())
              + ", so Flyway never reads it",
          fixed);
    }
    return classify(stem, suffix, parser.parse(fileName));
  }

  /** A Java migration: the class name is the whole name, there is no suffix. */
  Name ofJavaClass(String className) {
    if (!looksLikeMigration(className, false)) {
      return IGNORED;
    }
    return classify(className, "", parser.parse(className, new String[] {""}));
  }

  private Name classify(String stem, String suffix, ResourceName parsed) {
    String prefix = settings.versionedPrefix();
    String repeatable = settings.repeatablePrefix();
    String separator = settings.separator();
    if (parsed.isValid()) {
      if (parsed.getPrefix().equals(prefix) || parsed.getPrefix().equals("B")) {
        Migration.Type type =
            parsed.getPrefix().equals(prefix) ? Migration.Type.VERSIONED : Migration.Type.BASELINE;
        if (parsed.getDescription().isBlank()) {
          return new Misnamed(
              "has no description",
              parsed.getPrefix()
                  + parsed.getVersion().getRawVersion()
                  + separator
                  + "<what_it_does>"
                  + suffix,
              NO_DESCRIPTION);
        }
        return new Named(type, parsed.getVersion(), parsed.getDescription());
      }
      if (parsed.getPrefix().equals(repeatable)) {
        if (parsed.getDescription().isBlank()) {
          return new Misnamed(
              "has no description",
              repeatable + separator + "<what_it_does>" + suffix,
              NO_DESCRIPTION);
        }
        return new Named(Migration.Type.REPEATABLE, null, parsed.getDescription());
      }
      return IGNORED; // a callback such as afterMigrate.sql
    }
    return misnamed(stem, suffix);
  }

  private Misnamed misnamed(String stem, String suffix) {
    String prefix = settings.versionedPrefix();
    String separator = settings.separator();
    for (String known : new String[] {prefix, settings.repeatablePrefix()}) {
      if (!stem.startsWith(known) && startsWithPrefixIgnoringCase(stem, known)) {
        return new Misnamed(
            "starts with '"
                + stem.substring(0, known.length())
                + "' but Flyway's prefix is '"
                + known
                + "' (case matters)",
            known + stem.substring(known.length()) + suffix);
      }
    }
    if (!stem.startsWith(prefix) && !stem.startsWith(settings.repeatablePrefix())) {
      Matcher numbered = VERSION_THEN_WORD.matcher(stem);
      String fixed =
          numbered.matches()
              ? prefix + numbered.group("version") + separator + numbered.group("rest")
              : prefix + "<version>" + separator + stem;
      return new Misnamed(
          "has no '" + prefix + "' or '" + settings.repeatablePrefix() + "' prefix",
          fixed + suffix);
    }
    if (stem.startsWith(settings.repeatablePrefix()) && !stem.startsWith(prefix)) {
      String rest =
          stem.substring(settings.repeatablePrefix().length()).replaceFirst("^[\\d._]*_*", "");
      return new Misnamed(
          "is a repeatable migration with a version (repeatable migrations have none)",
          settings.repeatablePrefix()
              + separator
              + (rest.isEmpty() ? "<what_it_does>" : rest)
              + suffix);
    }
    String afterPrefix = stem.substring(prefix.length());
    if (!afterPrefix.contains(separator)) {
      Matcher numbered = VERSION_THEN_WORD.matcher(afterPrefix);
      if (numbered.matches()) {
        return new Misnamed(
            "needs '" + separator + "' between version and description",
            prefix + numbered.group("version") + separator + numbered.group("rest") + suffix);
      }
    }
    String version =
        afterPrefix.contains(separator)
            ? afterPrefix.substring(0, afterPrefix.indexOf(separator))
            : afterPrefix;
    return new Misnamed(
        "'" + version + "' is not a Flyway version (numbers separated by '.' or '_': 1, 1.1, 2_1)",
        prefix + "<version>" + separator + "<what_it_does>" + suffix);
  }

  private boolean looksLikeMigration(String stem, boolean hasSuffix) {
    if (hasSuffix) {
      return true;
    }
    return startsWithPrefixIgnoringCase(stem, settings.versionedPrefix())
        || startsWithPrefixIgnoringCase(stem, settings.repeatablePrefix());
  }

  /** {@code v2__x}, {@code R__x}: a prefix in any case, then a digit or the separator. */
  private boolean startsWithPrefixIgnoringCase(String stem, String prefix) {
    if (stem.length() <= prefix.length()
        || !stem.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return false;
    }
    char next = stem.charAt(prefix.length());
    return Character.isDigit(next) || settings.separator().indexOf(next) == 0;
  }

  /** The configured suffix the name ends with; Flyway compares suffixes ignoring case. */
  private String matchingSuffix(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (String suffix : settings.suffixes()) {
      if (lower.endsWith(suffix.toLowerCase(Locale.ROOT)) && fileName.length() > suffix.length()) {
        return fileName.substring(fileName.length() - suffix.length());
      }
    }
    return null;
  }

  /** {@code V1__x.sql.conf}: Flyway's per-script configuration, beside its migration. */
  private boolean isScriptConfiguration(String fileName) {
    return fileName.endsWith(".conf")
        && matchingSuffix(fileName.substring(0, fileName.length() - 5)) != null;
  }
}
