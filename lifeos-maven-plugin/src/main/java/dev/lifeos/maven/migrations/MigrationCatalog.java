package dev.lifeos.maven.migrations;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.support.BoundedFile;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The migrations in a set of locations, read once: the work tree's (from disk) or a base commit's
 * (from git). Reading also checks names, encodings and duplicate versions, because those are
 * properties of one set of files.
 */
public final class MigrationCatalog {
  /**
   * A file to read: where it is (or was), what kind of location holds it, and its bytes (read only
   * when its name makes it a migration; empty for other files).
   */
  public record SourceFile(Path file, MigrationLocation.Kind kind, byte[] content) {}

  /** A file Flyway reads beside the migrations (a callback), and the location it is in. */
  public record LocatedFile(Path file, Path location) {}

  private final List<Migration> migrations;
  private final List<Finding> problems;
  private final List<MigrationLocation> locations;
  private final List<LocatedFile> otherFlywayFiles;
  private final List<Excluded> excluded;

  private MigrationCatalog(
      List<Migration> migrations,
      List<Finding> problems,
      List<MigrationLocation> locations,
      List<LocatedFile> otherFlywayFiles,
      List<Excluded> excluded) {
    this.migrations = List.copyOf(migrations);
    this.problems = List.copyOf(problems);
    this.locations = List.copyOf(locations);
    this.otherFlywayFiles = List.copyOf(otherFlywayFiles);
    this.excluded = List.copyOf(excluded);
  }

  /**
   * The migrations on disk in {@code locations}, read safely ({@link LocationWalk}): what cannot be
   * read safely is a problem, never a hang.
   */
  public static MigrationCatalog read(List<MigrationLocation> locations, MigrationSettings settings)
      throws IOException {
    LocationWalk.Result walk = LocationWalk.walk(locations, settings);
    MigrationCatalog read = of(walk.files(), settings);
    List<Finding> problems = new ArrayList<>(walk.problems());
    problems.addAll(read.problems);
    return new MigrationCatalog(
        read.migrations, problems, locations, walk.otherFlywayFiles(), walk.excluded());
  }

  /**
   * The migrations among {@code files}; other files are checked for names and left out. Decoding
   * and Flyway's checksum, the costly part, run in parallel.
   */
  public static MigrationCatalog of(List<SourceFile> files, MigrationSettings settings) {
    MigrationNaming naming = new MigrationNaming(settings);
    List<Finding> problems = new ArrayList<>();
    List<Named> named = new ArrayList<>();
    for (SourceFile source : files) {
      String fileName = source.file().getFileName().toString();
      MigrationNaming.Name name;
      if (source.kind() == MigrationLocation.Kind.JAVA) {
        if (!fileName.endsWith(".java")) {
          continue;
        }
        name = naming.ofJavaClass(fileName.substring(0, fileName.length() - ".java".length()));
      } else {
        name = naming.ofSqlFile(fileName);
      }
      if (name instanceof MigrationNaming.Misnamed misnamed) {
        problems.add(
            Finding.of(
                Check.MISNAMED,
                source.file(),
                fileName + " " + misnamed.reason() + ": " + misnamed.consequence() + ".",
                "rename it to " + misnamed.suggestion()));
      } else if (name instanceof MigrationNaming.Named migrationName) {
        named.add(new Named(source, migrationName));
      }
    }
    List<Migration> migrations = new ArrayList<>();
    for (Object read : named.parallelStream().map(n -> n.read(settings.encoding())).toList()) {
      if (read instanceof Migration migration) {
        migrations.add(migration);
      } else {
        problems.add((Finding) read);
      }
    }
    migrations.sort(Migration.FLYWAY_ORDER);
    problems.addAll(duplicates(migrations, settings));
    return new MigrationCatalog(migrations, problems, List.of(), List.of(), List.of());
  }

  /**
   * A file whose name Flyway runs; reading it gives a {@link Migration} or, if unreadable, a {@link
   * Finding}.
   */
  private record Named(SourceFile source, MigrationNaming.Named name) {
    Object read(Charset encoding) {
      String fileName = source.file().getFileName().toString();
      Optional<String> text = BoundedFile.decode(source.content(), encoding);
      if (text.isEmpty()) {
        return Finding.of(
            Check.UNREADABLE,
            source.file(),
            fileName + " is not " + encoding + " text (binary, or another encoding).",
            "save it as "
                + encoding
                + ", or set -Dlifeos.migrations.encoding to the encoding it is in");
      }
      return new Migration(
          name.type(),
          source.kind() == MigrationLocation.Kind.JAVA
              ? Migration.Language.JAVA
              : Migration.Language.SQL,
          source.file(),
          name.version(),
          name.description(),
          FlywayChecksum.of(fileName, text.get()),
          text.get());
    }
  }

  private static List<Finding> duplicates(List<Migration> migrations, MigrationSettings settings) {
    List<Finding> problems = new ArrayList<>();
    Map<Object, Migration> first = new HashMap<>();
    for (Migration migration : migrations) {
      Object identity =
          migration.version() == null
              ? List.of(migration.type(), migration.description())
              : List.of(migration.type(), migration.version());
      Migration earlier = first.putIfAbsent(identity, migration);
      if (earlier != null) {
        String what =
            migration.version() == null
                ? "description '" + migration.description() + "'"
                : "version " + migration.version();
        problems.add(
            Finding.of(
                Check.DUPLICATE_VERSION,
                migration.file(),
                migration.fileName()
                    + " has "
                    + what
                    + ", as "
                    + earlier.fileName()
                    + " does (Flyway reads 1.1, 1_1 and 01.1 as one version): Flyway refuses to"
                    + " migrate.",
                migration.version() == null
                    ? "give one of them another description"
                    : "renumber it to "
                        + settings.versionedPrefix()
                        + next(highestVersion(migrations).orElseThrow())));
      }
    }
    return problems;
  }

  public List<Migration> migrations() {
    return migrations;
  }

  public List<Finding> problems() {
    return problems;
  }

  /** The locations read (empty for a catalog read from git). */
  public List<MigrationLocation> locations() {
    return locations;
  }

  /** Callbacks and per-script configuration Flyway reads beside the migrations. */
  public List<LocatedFile> otherFlywayFiles() {
    return otherFlywayFiles;
  }

  /** Files left out by the project's exclusions. */
  public List<Excluded> excluded() {
    return excluded;
  }

  /** The Java migrations, applied from their compiled classes. */
  public List<Migration> javaMigrations() {
    return migrations.stream().filter(m -> m.language() == Migration.Language.JAVA).toList();
  }

  public List<Migration> versioned() {
    return migrations.stream().filter(Migration::isVersioned).toList();
  }

  /** The migration Flyway identifies with {@code other} (same version, or same description). */
  public Optional<Migration> find(Migration other) {
    return migrations.stream().filter(other::sameIdentity).findFirst();
  }

  /**
   * The migration a person names: its key ({@code V12}, {@code v1_1}, {@code R__views}), its
   * version alone ({@code 12}) or its file name; fails listing the migrations there are.
   */
  public Migration named(String wanted) throws GateFailure {
    String fileName = Path.of(wanted).getFileName().toString();
    Optional<String> key = keyOf(wanted);
    for (Migration candidate : migrations) {
      if (candidate.fileName().equals(fileName)
          || key.filter(k -> k.equals(Approvals.normalizedKey(candidate.key()))).isPresent()) {
        return candidate;
      }
    }
    throw new GateFailure(
        "No migration '"
            + wanted
            + "'. Migrations: "
            + migrations.stream().map(Migration::key).collect(Collectors.joining(", "))
            + ". Name one as -Dmigration=V12 (or its file name).");
  }

  private static Optional<String> keyOf(String wanted) {
    try {
      return Optional.of(
          Approvals.normalizedKey(Character.isDigit(wanted.charAt(0)) ? "V" + wanted : wanted));
    } catch (RuntimeException notAKey) {
      return Optional.empty();
    }
  }

  public Optional<MigrationVersion> highestVersion() {
    return highestVersion(migrations);
  }

  private static Optional<MigrationVersion> highestVersion(List<Migration> migrations) {
    return migrations.stream()
        .filter(Migration::isVersioned)
        .map(Migration::version)
        .max(Comparator.naturalOrder());
  }

  /** The version after {@code version}: its last number plus one (3 -> 4, 1.2 -> 1.3). */
  public static String next(MigrationVersion version) {
    String[] parts = Migration.canonical(version).split("\\.");
    String last = parts[parts.length - 1];
    parts[parts.length - 1] = new BigInteger(last).add(BigInteger.ONE).toString();
    return String.join(".", parts);
  }
}
