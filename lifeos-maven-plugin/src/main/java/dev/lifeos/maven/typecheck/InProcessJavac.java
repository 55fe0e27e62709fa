package dev.lifeos.maven.typecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether javac can run Error Prone inside Maven's own JVM, which saves a JVM start and a cold JIT
 * per compile. Error Prone reaches into javac's internals, so that JVM must export and open them to
 * unnamed modules: {@code .mvn/jvm.config} does it ({@code lifeos:init} writes {@link
 * #JVM_CONFIG}), and a parent POM cannot. javac's messages must also be English, the language
 * {@link JavacOutput} reads; a forked javac gets {@code -J-Duser.language=en}, an in-process one
 * speaks the JVM's language. When either is missing the compiler forks, as before.
 */
public final class InProcessJavac {
  private static final String MODULE = "jdk.compiler";
  private static final List<String> EXPORTED =
      List.of("api", "file", "main", "model", "parser", "processing", "tree", "util");
  private static final List<String> OPENED = List.of("code", "comp");

  /** The lines of {@code .mvn/jvm.config} that let Error Prone run in Maven's JVM. */
  public static final String JVM_CONFIG = jvmConfig();

  private InProcessJavac() {}

  /**
   * Why javac must fork in this JVM; empty when it can run in-process.
   *
   * @param reader the module whose access counts: Error Prone's class loader's unnamed module is
   *     reached through {@code ALL-UNNAMED}, as this one is
   */
  public static Optional<String> whyFork(Module reader, Locale locale) {
    if (!"en".equals(locale.getLanguage())) {
      return Optional.of(
          "the JVM's language is '" + locale.getLanguage() + "', javac's messages must be English");
    }
    Optional<Module> compiler = ModuleLayer.boot().findModule(MODULE);
    if (compiler.isEmpty()) {
      return Optional.of("this JVM has no " + MODULE + " module (a JRE, not a JDK)");
    }
    List<String> missing = new ArrayList<>();
    for (String name : EXPORTED) {
      if (!compiler.get().isExported(pkg(name), reader)) {
        missing.add("--add-exports=" + MODULE + "/" + pkg(name));
      }
    }
    for (String name : OPENED) {
      if (!compiler.get().isOpen(pkg(name), reader)) {
        missing.add("--add-opens=" + MODULE + "/" + pkg(name));
      }
    }
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "Maven's JVM lacks "
                + missing.size()
                + " of the "
                + (EXPORTED.size() + OPENED.size())
                + " exports and opens Error Prone needs (.mvn/jvm.config: ./mvnw lifeos:init"
                + " writes them)");
  }

  private static String pkg(String name) {
    return "com.sun.tools.javac." + name;
  }

  private static String jvmConfig() {
    StringBuilder config = new StringBuilder();
    for (String name : EXPORTED) {
      config.append("--add-exports=" + MODULE + "/" + pkg(name) + "=ALL-UNNAMED\n");
    }
    for (String name : OPENED) {
      config.append("--add-opens=" + MODULE + "/" + pkg(name) + "=ALL-UNNAMED\n");
    }
    return config.toString();
  }
}
