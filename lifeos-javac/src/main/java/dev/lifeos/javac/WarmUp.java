package dev.lifeos.javac;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A compile of a small class with Error Prone, on a thread of its own, before the build's first
 * compile: it loads Error Prone into the shared loader ({@link SharedPluginLoaders}) and lets the
 * JIT compile javac's and Error Prone's hot paths while the build does other things (lint, the
 * dependency checks), so that the module's own compile runs warm. Best effort: whatever goes wrong
 * only means the first compile is a cold one, as without it.
 */
final class WarmUp implements Runnable {
  /**
   * Code of the usual kinds (generics, lambdas, streams, switch, records), clean for the checks.
   */
  private static final String SOURCE =
      """
      package lifeos.warmup;

      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.stream.Collectors;

      /** Warms javac and Error Prone up. */
      public final class Sample {
        /** A value. */
        public record Item(String name, int count) {}

        private final Map<String, Integer> counts;

        public Sample(Map<String, Integer> counts) {
          this.counts = Map.copyOf(counts);
        }

        /** Items with a count. */
        public List<Item> items(int minimum) {
          return counts.entrySet().stream()
              .filter(entry -> entry.getValue() >= minimum)
              .map(entry -> new Item(entry.getKey(), entry.getValue()))
              .collect(Collectors.toList());
        }

        /** A label. */
        public String label(Optional<String> prefix, int kind) {
          String text =
              switch (kind) {
                case 0 -> "none";
                case 1 -> "one";
                default -> "many: " + kind;
              };
          try {
            return prefix.map(p -> p + text).orElse(text);
          } catch (IllegalStateException e) {
            throw new IllegalArgumentException("no label for " + kind, e);
          }
        }
      }
      """;

  private final String processorPath;

  private WarmUp(String processorPath) {
    this.processorPath = processorPath;
  }

  /** The processor paths warmed up in this JVM: once is enough, their loader is shared. */
  private static final Set<String> WARMED = ConcurrentHashMap.newKeySet();

  /**
   * Starts the warm-up compile with Error Prone from {@code processorPath}, and returns; does
   * nothing for a path warmed up before (a reactor's other modules).
   */
  static void start(String processorPath) {
    if (!WARMED.add(processorPath)) {
      return;
    }
    Thread thread = new Thread(new WarmUp(processorPath), "lifeos-javac-warm-up");
    thread.setDaemon(true); // never keeps Maven's JVM alive
    thread.start();
  }

  @Override
  public void run() {
    Path directory = null;
    try {
      directory = Files.createTempDirectory("lifeos-javac-warm-up");
      Path source = Files.writeString(directory.resolve("Sample.java"), SOURCE);
      SharingFileManager.compile(
          new String[] {
            "-d",
            Files.createDirectory(directory.resolve("classes")).toString(),
            "-XDcompilePolicy=simple",
            "--should-stop=ifError=FLOW",
            "-processorpath",
            processorPath,
            "-Xplugin:ErrorProne -Xep:NullAway:ERROR -XepOpt:NullAway:AnnotatedPackages=lifeos",
            source.toString()
          },
          new PrintWriter(Writer.nullWriter()));
    } catch (IOException | RuntimeException | LinkageError e) {
      // a cold first compile, as without the warm-up
    } finally {
      delete(directory);
    }
  }

  private static void delete(Path directory) {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // a temporary directory: the system cleans it
    }
  }
}
