package dev.lifeos.maven.migrations;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.support.BoundedFile;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the files of migration locations safely, whatever is in them.
 *
 * <ul>
 *   <li>Locations are walked <b>without following symlinks</b>: a symlink loop cannot spin, and a
 *       symlink to a directory (in or out of the tree) is reported, not entered.
 *   <li>Only <b>regular files</b> are opened: a FIFO, socket or device (a symlink to {@code
 *       /dev/zero}) named like a migration is reported and never read, so nothing blocks or streams
 *       for ever. Broken symlinks and folders named like migrations are reported too.
 *   <li>A migration is read <b>with a size cap</b> ({@link MigrationSettings#maxFileSize}).
 *   <li>Files the project excludes ({@link MigrationSettings#excludes}) are listed, never read.
 * </ul>
 *
 * Only files whose names make them migrations are read; the other regular files Flyway would read
 * (callbacks such as {@code afterMigrate.sql}, per-script {@code .conf}) are kept by path.
 */
final class LocationWalk {
  /**
   * What a walk found.
   *
   * @param files every regular file, for the catalog (content read only for migrations)
   * @param otherFlywayFiles callbacks and script configuration Flyway reads beside the migrations
   * @param problems what could not be read safely
   * @param excluded files left out by the project's exclusions
   */
  record Result(
      List<MigrationCatalog.SourceFile> files,
      List<MigrationCatalog.LocatedFile> otherFlywayFiles,
      List<Finding> problems,
      List<Excluded> excluded) {}

  private static final String NOT_READ = "Flyway is not given it";

  private final MigrationSettings settings;
  private final MigrationNaming naming;
  private final List<MigrationCatalog.SourceFile> files = new ArrayList<>();
  private final List<MigrationCatalog.LocatedFile> others = new ArrayList<>();
  private final List<Finding> problems = new ArrayList<>();
  private final List<Excluded> excluded = new ArrayList<>();

  private LocationWalk(MigrationSettings settings) {
    this.settings = settings;
    this.naming = new MigrationNaming(settings);
  }

  static Result walk(List<MigrationLocation> locations, MigrationSettings settings)
      throws IOException {
    LocationWalk walk = new LocationWalk(settings);
    for (MigrationLocation location : locations) {
      walk.walk(location);
    }
    return new Result(walk.files, walk.others, walk.problems, walk.excluded);
  }

  private void walk(MigrationLocation location) throws IOException {
    Path root = location.directory();
    Files.walkFileTree(
        root,
        EnumSet.noneOf(java.nio.file.FileVisitOption.class),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (dir.equals(root)) {
              return FileVisitResult.CONTINUE;
            }
            Optional<Exclusion> exclusion = exclusion(dir, root);
            if (exclusion.isPresent()) {
              excluded.add(new Excluded(dir, exclusion.get()));
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (location.kind() == MigrationLocation.Kind.SQL && hasMigrationSuffix(dir)) {
              problem(
                  dir,
                  "is a folder named like a migration: Flyway never runs a folder",
                  "rename the folder; a migration is a file");
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            visit(file, attributes, location);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            problems.add(
                Finding.of(
                    Check.UNREADABLE,
                    file,
                    file.getFileName() + " " + BoundedFile.unreadable(file, e) + ".",
                    "make it readable, or remove it from the migration location"));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private void visit(Path file, BasicFileAttributes link, MigrationLocation location) {
    Optional<Exclusion> exclusion = exclusion(file, location.directory());
    if (exclusion.isPresent()) {
      excluded.add(new Excluded(file, exclusion.get()));
      return;
    }
    BasicFileAttributes attributes = link;
    if (link.isSymbolicLink()) {
      String target = target(file);
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        problem(
            file,
            "is a broken symlink (to " + target + ", which does not exist)",
            "point it at the file, or delete it");
        return;
      } catch (IOException e) {
        problem(
            file,
            "is a symlink that cannot be followed (to "
                + target
                + (e instanceof FileSystemException fs && fs.getReason() != null
                    ? ": " + fs.getReason()
                    : "")
                + ")",
            "replace it with the file itself, or delete it");
        return;
      }
      if (attributes.isDirectory()) {
        problem(
            file,
            "is a symlink to a directory ("
                + target
                + "): migration locations are read without following symlinks, so its files"
                + " would go unchecked",
            "list that directory as a location of its own (lifeos.migrations.locations), or"
                + " exclude the link (lifeos.migrations.exclude="
                + file.getFileName()
                + ")");
        return;
      }
    }
    if (!attributes.isRegularFile()) {
      problem(
          file,
          "is " + SpecialFile.describe(file) + ", not a regular file",
          "replace it with a regular file, or remove it from the migration location");
      return;
    }
    String name = file.getFileName().toString();
    MigrationNaming.Name kind = classify(name, location.kind());
    if (kind instanceof MigrationNaming.Named) {
      read(file, attributes.size(), location.kind());
    } else {
      files.add(new MigrationCatalog.SourceFile(file, location.kind(), new byte[0]));
      if (kind instanceof MigrationNaming.Ignored
          && location.kind() == MigrationLocation.Kind.SQL
          && attributes.size() <= settings.maxFileSize()
          && (hasMigrationSuffix(file) || name.endsWith(".conf"))) {
        others.add(new MigrationCatalog.LocatedFile(file, location.directory()));
      }
    }
  }

  private void read(Path file, long size, MigrationLocation.Kind kind) {
    if (size > settings.maxFileSize()) {
      tooLarge(file, size);
      return;
    }
    try {
      files.add(
          new MigrationCatalog.SourceFile(
              file, kind, BoundedFile.read(file, settings.maxFileSize())));
    } catch (BoundedFile.TooLargeException e) {
      tooLarge(file, size);
    } catch (IOException e) {
      problems.add(
          Finding.of(
              Check.UNREADABLE,
              file,
              file.getFileName() + " " + BoundedFile.unreadable(file, e) + ".",
              "make it readable; check-migrations and Flyway must read every migration"));
    }
  }

  private void tooLarge(Path file, long size) {
    problem(
        file,
        "is larger than "
            + settings.maxFileSize()
            + " bytes (lifeos.migrations.maxFileSize)"
            + (size > settings.maxFileSize() ? ": " + size + " bytes" : ""),
        "split it into smaller migrations, or raise -Dlifeos.migrations.maxFileSize if it really"
            + " is one migration");
  }

  private MigrationNaming.Name classify(String name, MigrationLocation.Kind kind) {
    if (kind == MigrationLocation.Kind.SQL) {
      return naming.ofSqlFile(name);
    }
    return name.endsWith(".java")
        ? naming.ofJavaClass(name.substring(0, name.length() - ".java".length()))
        : new MigrationNaming.Ignored();
  }

  private Optional<Exclusion> exclusion(Path path, Path location) {
    return settings.excludes().stream().filter(e -> e.matches(path, location)).findFirst();
  }

  private boolean hasMigrationSuffix(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".")
        && settings.suffixes().stream()
            .anyMatch(s -> name.endsWith(s.toLowerCase(Locale.ROOT)) && name.length() > s.length());
  }

  private void problem(Path file, String what, String fix) {
    problems.add(
        Finding.of(
            Check.NOT_A_REGULAR_FILE,
            file,
            file.getFileName() + " " + what + ": " + NOT_READ + ".",
            fix));
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  /** What kind of special file a path is, in words, from its Unix mode where there is one. */
  static final class SpecialFile {
    private SpecialFile() {}

    static String describe(Path file) {
      try {
        int mode = (Integer) Files.getAttribute(file, "unix:mode");
        return switch (mode & 0170000) {
          case 0010000 -> "a FIFO (named pipe): reading it would wait for a writer for ever";
          case 0020000 -> "a character device: reading it may never end";
          case 0060000 -> "a block device";
          case 0140000 -> "a socket";
          default -> "a special file";
        };
      } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
        return "a special file (a FIFO, socket or device)";
      }
    }
  }
}
