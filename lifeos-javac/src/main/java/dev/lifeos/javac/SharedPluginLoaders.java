package dev.lifeos.javac;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * Class loaders for javac's processor path, shared between the compiles of one JVM where that is
 * safe: when the path is Error Prone's. javac makes a new loader per compile, so every compile
 * loads, verifies and warms up Error Prone's few thousand classes again; Error Prone itself is made
 * to be kept loaded (Bazel's persistent compiler workers do), its state lives in each compile's
 * context.
 *
 * <p>A path is shared only when every entry is a jar file, one of them declares Error Prone's javac
 * plugin, no other javac plugin is declared and no annotation processor is: a processor (Lombok,
 * MapStruct, ...) or another plugin may keep state in static fields, and a directory's classes may
 * change between compiles. Such paths get a new loader each time, as javac gives them. A jar that
 * changed (size or time) makes a new shared loader.
 *
 * <p>javac closes the processor loader after each compile when it can; the shared one is handed out
 * behind a child loader that cannot be closed, so it stays usable. Loaders dropped from the cache
 * are not closed either: a parallel build's other compile may still be using one.
 */
final class SharedPluginLoaders {
  static final String ERROR_PRONE_PLUGIN = "com.google.errorprone.ErrorProneJavacPlugin";
  private static final String PLUGINS = "META-INF/services/com.sun.source.util.Plugin";
  private static final String PROCESSORS =
      "META-INF/services/javax.annotation.processing.Processor";

  /** A service file longer than this is not a list of class names. */
  private static final int SERVICE_FILE_LIMIT = 64 * 1024;

  /** Paths kept: a build has one or two (main and test), a few more when modules differ. */
  private static final int KEPT = 4;

  private final ClassLoader parent;
  private final Map<List<Jar>, Optional<URLClassLoader>> loaders =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Jar>, Optional<URLClassLoader>> eldest) {
          return size() > KEPT;
        }
      };

  /**
   * @param parent the parent javac gives the loaders it makes
   */
  SharedPluginLoaders(ClassLoader parent) {
    this.parent = parent;
  }

  /** The loader for {@code urls}: a shared one when the path is Error Prone's, else a new one. */
  ClassLoader loaderFor(URL[] urls) {
    Optional<List<Jar>> jars = jars(urls);
    if (jars.isEmpty()) {
      return new URLClassLoader(urls, parent);
    }
    Optional<URLClassLoader> shared;
    synchronized (loaders) {
      shared =
          loaders.computeIfAbsent(
              jars.get(),
              key ->
                  onlyErrorProne(key)
                      ? Optional.of(new URLClassLoader(urls, parent))
                      : Optional.empty());
    }
    return shared
        .<ClassLoader>map(Unclosable::new)
        .orElseGet(() -> new URLClassLoader(urls, parent));
  }

  /** How many paths have a shared loader now. */
  int shared() {
    synchronized (loaders) {
      return (int) loaders.values().stream().filter(Optional::isPresent).count();
    }
  }

  /** The path's jars, or empty when an entry is not a jar file (a directory, a missing file). */
  private static Optional<List<Jar>> jars(URL[] urls) {
    List<Jar> jars = new ArrayList<>(urls.length);
    for (URL url : urls) {
      Optional<Jar> jar = Jar.of(url);
      if (jar.isEmpty()) {
        return Optional.empty();
      }
      jars.add(jar.get());
    }
    return Optional.of(jars);
  }

  private static boolean onlyErrorProne(List<Jar> jars) {
    boolean errorProne = false;
    for (Jar jar : jars) {
      try (JarFile file = new JarFile(jar.path().toFile())) {
        if (file.getEntry(PROCESSORS) != null) {
          return false;
        }
        for (String plugin : services(file, file.getEntry(PLUGINS))) {
          if (!plugin.equals(ERROR_PRONE_PLUGIN)) {
            return false;
          }
          errorProne = true;
        }
      } catch (IOException | UncheckedIOException e) {
        return false; // not a jar javac can read either: javac reports it, with a loader of its own
      }
    }
    return errorProne;
  }

  private static List<String> services(JarFile file, ZipEntry entry) throws IOException {
    if (entry == null) {
      return List.of();
    }
    try (InputStream in = file.getInputStream(entry)) {
      byte[] bytes = in.readNBytes(SERVICE_FILE_LIMIT + 1);
      if (bytes.length > SERVICE_FILE_LIMIT) {
        throw new IOException(entry.getName() + " is longer than " + SERVICE_FILE_LIMIT + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8)
          .lines()
          .map(line -> line.replaceFirst("#.*", "").strip())
          .filter(line -> !line.isEmpty())
          .toList();
    }
  }

  /** A jar file as it is now: another size or time is another jar. */
  private record Jar(Path path, long size, long modified) {
    static Optional<Jar> of(URL url) {
      if (!"file".equals(url.getProtocol())) {
        return Optional.empty();
      }
      try {
        Path path = Path.of(url.toURI());
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
          return Optional.empty();
        }
        return Optional.of(
            new Jar(path, attributes.size(), attributes.lastModifiedTime().toMillis()));
      } catch (URISyntaxException | IOException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }
  }

  /** What javac gets: not a URLClassLoader, so its close() after the compile leaves ours open. */
  private static final class Unclosable extends ClassLoader {
    Unclosable(ClassLoader shared) {
      super(shared);
    }
  }
}
