package dev.lifeos.maven.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The compiled classes of the changed source files of a module: what SpotBugs must analyse so that
 * a pull request is checked as a full run would check its changed code, and nothing more. A class
 * belongs to a source file when it sits in that file's package and its {@code SourceFile} attribute
 * names the file: nested, local and anonymous classes, and a second top-level class declared in the
 * same file, are all found. The rest of the module's classes stay on SpotBugs' class path, so its
 * rules still see the types the changed code calls.
 */
public final class ChangedClasses {
  private ChangedClasses() {}

  /**
   * @param changedSources changed (added or modified) files, absolute; files outside {@code
   *     sourceRoots} or not ending in {@code .java} are ignored
   * @param sourceRoots the module's main source roots, absolute
   * @param classes the module's class output directory
   * @return binary class names ({@code com.acme.Ledger$Entry}), sorted; empty when no changed
   *     source file compiled to a class here
   */
  public static List<String> of(
      Collection<Path> changedSources, Collection<Path> sourceRoots, Path classes)
      throws IOException {
    Set<String> wanted = new TreeSet<>(); // "com/acme/Ledger.java": package dir + file name
    for (Path source : changedSources) {
      relativeSource(source, sourceRoots).ifPresent(wanted::add);
    }
    if (wanted.isEmpty() || !Files.isDirectory(classes)) {
      return List.of();
    }
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".class") && Files.isRegularFile(f))
          .forEach(
              f -> {
                Path relative = classes.relativize(f);
                String packageDir =
                    relative.getParent() == null
                        ? ""
                        : relative.getParent().toString().replace('\\', '/') + "/";
                String source = sourceFile(f).orElseGet(() -> topLevelSource(f));
                if (wanted.contains(packageDir + source)) {
                  String name = relative.toString().replace('\\', '/');
                  found.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    found.sort(null);
    return found;
  }

  /**
   * True when a changed file is a Java source under {@code sourceRoots}: what {@link #of} needs to
   * find any class, decided before the module compiles.
   */
  public static boolean anySource(Collection<Path> changedSources, Collection<Path> sourceRoots) {
    return changedSources.stream().anyMatch(s -> relativeSource(s, sourceRoots).isPresent());
  }

  /** SpotBugs' {@code onlyAnalyze}: the class names, comma-separated. */
  public static String onlyAnalyze(List<String> classNames) {
    return String.join(",", classNames);
  }

  private static Optional<String> relativeSource(Path source, Collection<Path> sourceRoots) {
    if (!source.getFileName().toString().endsWith(".java")) {
      return Optional.empty();
    }
    for (Path root : sourceRoots) {
      Path normalized = root.toAbsolutePath().normalize();
      Path file = source.toAbsolutePath().normalize();
      if (file.startsWith(normalized)) {
        return Optional.of(normalized.relativize(file).toString().replace('\\', '/'));
      }
    }
    return Optional.empty();
  }

  /** Without a SourceFile attribute ({@code -g:none}): the top-level class's file name. */
  private static String topLevelSource(Path classFile) {
    String name = classFile.getFileName().toString();
    int nested = name.indexOf('$');
    return (nested > 0 ? name.substring(0, nested) : name.substring(0, name.length() - 6))
        + ".java";
  }

  private static Optional<String> sourceFile(Path classFile) {
    try {
      return ClassFileSource.of(classFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
