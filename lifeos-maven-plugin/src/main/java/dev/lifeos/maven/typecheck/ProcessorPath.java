package dev.lifeos.maven.typecheck;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The annotation processor path javac gets under the typecheck profile. Error Prone and NullAway
 * are javac plugins that must be on it, and once a processor path is given javac stops looking for
 * processors on the class path. So the path also carries what javac would have run without LifeOS:
 *
 * <ul>
 *   <li>the processors the project declares in maven-compiler-plugin's {@code
 *       annotationProcessorPaths} (Lombok, MapStruct, ... with their dependencies), when it
 *       declares any: javac runs only those, as it would;
 *   <li>else, when any class path entry declares a processor ({@code
 *       META-INF/services/javax.annotation.processing.Processor}: Lombok, MapStruct, Hibernate's
 *       metamodel, Boot's configuration processor, ...), the whole class path, which is where javac
 *       itself looks for processors and their dependencies.
 * </ul>
 *
 * The analysers come first, so their own libraries (Guava, say) win over older copies on the class
 * path. The module's own output directories are left out: javac would try to load a processor the
 * module is still compiling.
 */
public final class ProcessorPath {
  static final String PROCESSOR_SERVICE = "META-INF/services/javax.annotation.processing.Processor";

  private ProcessorPath() {}

  /**
   * @param analyzers Error Prone, NullAway and their dependencies
   * @param declared the resolved {@code annotationProcessorPaths}; empty when none are declared
   * @param classpath the compile class path of the source set
   * @param outputs the module's output directories
   */
  public static List<Path> of(
      List<Path> analyzers, List<Path> declared, List<Path> classpath, List<Path> outputs)
      throws IOException {
    Set<Path> path = new LinkedHashSet<>(analyzers);
    if (!declared.isEmpty()) {
      path.addAll(declared);
    } else {
      List<Path> entries = new ArrayList<>();
      for (Path entry : classpath) {
        if (!outputs.contains(entry)) {
          entries.add(entry);
        }
      }
      if (!processors(entries).isEmpty()) {
        path.addAll(entries);
      }
    }
    return List.copyOf(path);
  }

  /** The path as javac's {@code -processorpath} takes it. */
  public static String join(List<Path> path) {
    return String.join(File.pathSeparator, path.stream().map(Path::toString).toList());
  }

  /** The entries that register an annotation processor, for messages. */
  public static List<Path> processors(List<Path> entries) throws IOException {
    List<Path> processors = new ArrayList<>();
    for (Path entry : entries) {
      if (declaresProcessor(entry)) {
        processors.add(entry);
      }
    }
    return processors;
  }

  /** True when a jar or class directory registers an annotation processor. */
  static boolean declaresProcessor(Path entry) throws IOException {
    if (Files.isDirectory(entry)) {
      return Files.isRegularFile(entry.resolve(PROCESSOR_SERVICE));
    }
    if (!Files.isRegularFile(entry)) {
      return false;
    }
    try (ZipFile jar = new ZipFile(entry.toFile())) {
      return jar.getEntry(PROCESSOR_SERVICE) != null;
    } catch (ZipException notAJar) {
      return false;
    }
  }
}
