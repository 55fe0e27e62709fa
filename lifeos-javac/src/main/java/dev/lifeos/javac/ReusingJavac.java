package dev.lifeos.javac;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * javac's command line entry point ({@code com.sun.tools.javac.Main.compile(String[],
 * PrintWriter)}, which plexus-compiler calls by reflection), with one difference: its file manager
 * takes the processor path's class loader from {@link SharedPluginLoaders} ({@link
 * SharingFileManager}). Where javac's internals are closed to this class (no {@code
 * .mvn/jvm.config} exports: then Error Prone cannot run in this JVM either) or the command line
 * names its processors ({@code -processor}), it is javac's own entry point, unchanged.
 */
public final class ReusingJavac {
  private static final List<String> INTERNALS = List.of("file", "main", "util");
  private static final boolean INTERNALS_OPEN = internalsOpen();

  private ReusingJavac() {}

  /** Compiles as {@code javac args} would; javac's messages go to {@code out}. */
  public static int compile(String[] args, PrintWriter out) {
    if (!INTERNALS_OPEN || List.of(args).contains("-processor")) {
      return com.sun.tools.javac.Main.compile(args, out);
    }
    return SharingFileManager.compile(args, out);
  }

  /**
   * Starts a compile of a small class with Error Prone from {@code processorPath} in the
   * background, so that the build's first compile finds Error Prone loaded and warm ({@link
   * WarmUp}); returns at once. lifeos:prepare-compiler calls it (through maven-compiler-plugin's
   * class realm) before the build's lint runs. Does nothing where javac's internals are closed, nor
   * for a path warmed up before in this JVM.
   */
  public static void warmUp(String processorPath) {
    if (INTERNALS_OPEN) {
      WarmUp.start(processorPath);
    }
  }

  /** Whether this class may use javac's file manager (its classes resolve only then). */
  private static boolean internalsOpen() {
    Optional<Module> compiler = ModuleLayer.boot().findModule("jdk.compiler");
    Module self = ReusingJavac.class.getModule();
    return compiler.isPresent()
        && INTERNALS.stream()
            .allMatch(name -> compiler.get().isExported("com.sun.tools.javac." + name, self));
  }
}
