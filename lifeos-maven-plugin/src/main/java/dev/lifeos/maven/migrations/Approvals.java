package dev.lifeos.maven.migrations;

import dev.lifeos.maven.support.BoundedFile;
import dev.lifeos.maven.support.GateFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The DB team's approvals of dangerous migrations: a properties file (owned by the DB team through
 * CODEOWNERS) with one line per approved migration, its key and its Flyway checksum:
 *
 * <pre>
 * # V12__drop_legacy_code.sql: drop-column (approved in PR #345)
 * V12=1834456780
 * </pre>
 *
 * The checksum ties the approval to the exact content: editing the migration voids it. Keys are
 * compared as Flyway compares versions ({@code V1_1} = {@code V1.1}); repeatable migrations are
 * keyed {@code R__description}.
 */
public final class Approvals {
  public enum Status {
    APPROVED,
    NOT_LISTED,
    /** Listed, with another checksum: the migration changed after it was approved. */
    STALE
  }

  private final Path file;
  private final String displayName;
  private final Map<String, Integer> checksums;
  private final Map<String, Integer> lines;

  private Approvals(
      Path file, String displayName, Map<String, Integer> checksums, Map<String, Integer> lines) {
    this.file = file;
    this.displayName = displayName;
    this.checksums = checksums;
    this.lines = lines;
  }

  /**
   * The approvals in {@code file}; none when it does not exist. Messages name the file relative to
   * {@code basedir}. The file is read as every configuration file is ({@link BoundedFile}): a
   * binary, garbled or oversized file is a {@link GateFailure} with the fix.
   */
  public static Approvals read(Path file, Path basedir) throws GateFailure {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = basedir.toAbsolutePath().normalize();
    String displayName =
        (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
            .toString()
            .replace('\\', '/');
    Map<String, Integer> checksums = new HashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return new Approvals(file, displayName, checksums, lines);
    }
    String text;
    try {
      text = BoundedFile.text(file, displayName, StandardCharsets.UTF_8);
    } catch (GateFailure e) {
      throw new GateFailure(
          e.getMessage()
              + " The approvals file is a properties file of lines V12=<checksum> (./mvnw"
              + " lifeos:approve-migration -Dmigration=V12 prints one).");
    }
    Properties properties =
        BoundedFile.properties(
            text,
            displayName,
            "write lines V12=<checksum>, as ./mvnw lifeos:approve-migration -Dmigration=V12 prints"
                + " them");
    Map<String, Integer> lineOfKey = lineNumbers(text);
    for (String key : properties.stringPropertyNames()) {
      String value = properties.getProperty(key).trim();
      String normalized = normalize(key.trim(), displayName);
      try {
        checksums.put(normalized, Integer.valueOf(value));
      } catch (NumberFormatException e) {
        throw new GateFailure(
            displayName
                + ": the value of "
                + key
                + " is '"
                + value
                + "', not a Flyway checksum. Run ./mvnw lifeos:approve-migration -Dmigration="
                + key
                + " for the right line.");
      }
      lines.put(normalized, lineOfKey.getOrDefault(key.trim(), 0));
    }
    return new Approvals(file, displayName, checksums, lines);
  }

  /** The line each key is on (the first, for a key written twice; the last one wins). */
  private static Map<String, Integer> lineNumbers(String text) {
    Map<String, Integer> lineOfKey = new HashMap<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      String key = line.split("[=:\\s]", 2)[0];
      lineOfKey.put(key, i + 1);
    }
    return lineOfKey;
  }

  /**
   * Lines that approve a migration {@code migrations} does not have (renamed, deleted, or a typo):
   * they approve nothing, which a reviewer should know.
   */
  public List<Note> unknown(List<Migration> migrations) {
    List<Note> notes = new ArrayList<>();
    checksums.keySet().stream()
        .sorted(Comparator.comparing(key -> lines.getOrDefault(key, 0)))
        .filter(key -> migrations.stream().noneMatch(m -> normalize(m.key()).equals(key)))
        .forEach(
            key ->
                notes.add(
                    new Note(
                        file,
                        lines.getOrDefault(key, 0),
                        displayName
                            + ":"
                            + lines.getOrDefault(key, 0)
                            + " approves "
                            + key
                            + ", but there is no migration "
                            + key
                            + " (renamed, deleted, or a typo): the line approves nothing. Correct"
                            + " the key or remove the line.")));
    return notes;
  }

  /**
   * These approvals and those of the LifeOS baseline ({@code lifeos-baseline.json}): migration key
   * to checksum, each approving the migration only with exactly that checksum. The file's own line
   * wins where both name a migration.
   */
  public Approvals withBaseline(Map<String, Integer> baseline) {
    Map<String, Integer> merged = new HashMap<>();
    baseline.forEach((key, checksum) -> merged.put(normalize(key), checksum));
    merged.putAll(checksums);
    return new Approvals(file, displayName, merged, lines);
  }

  public Path file() {
    return file;
  }

  /** The file as messages name it: relative to the project. */
  public String displayName() {
    return displayName;
  }

  public Status status(Migration migration) {
    Integer approved = checksums.get(normalize(migration.key()));
    if (approved == null) {
      return Status.NOT_LISTED;
    }
    return approved == migration.checksum() ? Status.APPROVED : Status.STALE;
  }

  /** The checksum the approvals file lists for {@code migration}, if any. */
  public Optional<Integer> approvedChecksum(Migration migration) {
    return Optional.ofNullable(checksums.get(normalize(migration.key())));
  }

  /** The line that approves {@code migration} as it is now. */
  public static String line(Migration migration) {
    return migration.key() + "=" + migration.checksum();
  }

  private static String normalize(String key, String file) throws GateFailure {
    try {
      return normalize(key);
    } catch (RuntimeException e) {
      throw new GateFailure(
          file
              + ": '"
              + key
              + "' does not name a migration (V<version> or R__<description>, e.g. V12=1834456780).");
    }
  }

  /** {@code V01_1} and {@code v1.1} are one key: {@code V1.1}; throws for a non-key. */
  public static String normalizedKey(String key) {
    return normalize(key);
  }

  private static String normalize(String key) {
    char kind = Character.toUpperCase(key.charAt(0));
    if ((kind == 'V' || kind == 'B') && key.length() > 1 && Character.isDigit(key.charAt(1))) {
      return kind + Migration.canonical(MigrationVersion.fromVersion(key.substring(1)));
    }
    if (key.startsWith("R__")) {
      return "R__" + key.substring(3).replace(' ', '_');
    }
    throw new IllegalArgumentException(key);
  }
}
