package dev.lifeos.maven.coverage;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * The packages of a build's own code, as JaCoCo's agent option {@code includes} ({@code
 * com.acme.billing.*:com.acme.ledger.*}). Left to its default, the agent instruments every class a
 * test JVM loads, JUnit, Spring and the JDBC driver too, though a report only ever shows the
 * build's own classes; on the demo service that is a third of the unit tests' time.
 *
 * <p>The packages come from compiled classes ({@code target/classes}) and, for a module not built
 * yet, from where its Java sources lie. Whenever the packages cannot be told for sure (a class in
 * the default package, a tree too deep or too large, an unreadable directory) the answer is every
 * class, as the agent's default.
 */
public final class InstrumentedPackages {
  /** The agent's default: every class. */
  public static final String EVERY_CLASS = "*";

  /** Deeper than any package; a tree this deep is not a class tree. */
  static final int MAX_DEPTH = 64;

  /** Files looked at in all, a bound on the walk: past it, every class is instrumented. */
  static final int MAX_FILES = 500_000;

  /**
   * The longest {@code includes} handed to the agents: it becomes part of one argument of the test
   * JVM's command line, which Linux caps at 128 KiB (classes unpacked into {@code target/classes}
   * can bring thousands of packages).
   */
  static final int MAX_INCLUDES_CHARS = 16 << 10;

  private final TreeSet<String> packages = new TreeSet<>();
  private List<String> roots = List.of();
  private int files;
  private Optional<String> everyClassBecause = Optional.empty();

  private InstrumentedPackages() {}

  /**
   * Scans {@code classDirectories} for {@code .class} files and {@code sourceRoots} for {@code
   * .java} files; directories that do not exist are left out.
   */
  public static InstrumentedPackages scan(
      Collection<Path> classDirectories, Collection<Path> sourceRoots) {
    InstrumentedPackages scan = new InstrumentedPackages();
    classDirectories.forEach(dir -> scan.walk(dir, ".class"));
    sourceRoots.forEach(dir -> scan.walk(dir, ".java"));
    scan.roots = rootsOf(scan.packages);
    if (scan.packages.isEmpty() && scan.everyClassBecause.isEmpty()) {
      scan.everyClassBecause = Optional.of("the build has no compiled classes or Java sources");
    }
    if (scan.agentIncludes().length() > MAX_INCLUDES_CHARS) {
      scan.everyClassBecause =
          Optional.of(
              "the build's classes lie in "
                  + scan.roots.size()
                  + " packages, more than a test JVM's command line can name");
    }
    return scan;
  }

  /** The agent's {@code includes}: each root package with its subpackages, or {@code *}. */
  public String agentIncludes() {
    return everyClassBecause.isPresent()
        ? EVERY_CLASS
        : roots.stream().map(root -> root + ".*").collect(Collectors.joining(":"));
  }

  /**
   * The packages that hold the others ({@code com.acme} for {@code com.acme} and {@code
   * com.acme.x}).
   */
  public List<String> roots() {
    return roots;
  }

  // not only the last root: "a.b$c" sorts between "a.b" and "a.b.c"
  private static List<String> rootsOf(TreeSet<String> packages) {
    List<String> roots = new ArrayList<>();
    for (String name : packages) {
      if (roots.stream().noneMatch(root -> name.startsWith(root + "."))) {
        roots.add(name);
      }
    }
    return roots;
  }

  /** Why every class is instrumented; empty when the packages are known. */
  public Optional<String> everyClassBecause() {
    return everyClassBecause;
  }

  private void walk(Path root, String extension) {
    if (everyClassBecause.isPresent() || !Files.isDirectory(root)) {
      return;
    }
    try {
      // links are not followed: a link loop or a link out of the tree cannot take the walk away
      Files.walkFileTree(
          root,
          EnumSet.noneOf(FileVisitOption.class),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              // META-INF/versions/N/ repeats packages of the tree for other Java versions
              return dir.equals(root.resolve("META-INF"))
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              return visit(root, file, attrs, extension);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE; // removed meanwhile: another module's clean (-T)
              }
              return everyClass("cannot read " + file + ": " + e.getMessage());
            }
          });
    } catch (IOException e) {
      everyClass("cannot read " + root + ": " + e.getMessage());
    }
  }

  private FileVisitResult visit(Path root, Path file, BasicFileAttributes attrs, String extension) {
    if (++files > MAX_FILES) {
      return everyClass(root + " and the trees beside it hold more than " + MAX_FILES + " files");
    }
    if (attrs.isDirectory()) { // only a directory at the depth bound is visited as a file
      return everyClass(file + " lies deeper than " + MAX_DEPTH + " directories");
    }
    String name = file.getFileName().toString();
    if (!name.endsWith(extension) || name.startsWith("module-info.")) {
      return FileVisitResult.CONTINUE;
    }
    Path dir = root.relativize(file).getParent();
    if (dir == null) {
      return everyClass(file + " is in the default package, which no package pattern names");
    }
    String packageName = dir.toString().replace(dir.getFileSystem().getSeparator(), ".");
    // else not a package ("static-assets"): javac would not put a class there
    if (SourceVersion.isName(packageName)) {
      packages.add(packageName);
    }
    return FileVisitResult.CONTINUE;
  }

  private FileVisitResult everyClass(String because) {
    everyClassBecause = Optional.of(because);
    return FileVisitResult.TERMINATE;
  }
}
