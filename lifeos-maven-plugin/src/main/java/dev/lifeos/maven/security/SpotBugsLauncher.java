package dev.lifeos.maven.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The main class of a SpotBugs JVM started before the classes it analyses exist ({@link
 * ParkedAnalysis}): it loads SpotBugs and its detectors while the build compiles, then reads the
 * real command line from standard input, one argument per line, and runs SpotBugs' own command line
 * class with it, as a JVM started then would. Standard input closed without a line (the build ended
 * first) ends it. Runs in SpotBugs' JVM: the JDK and SpotBugs (through reflection) only.
 */
public final class SpotBugsLauncher {
  /** SpotBugs' command line class, which spotbugs-maven-plugin forks. */
  public static final String SPOTBUGS_MAIN = "edu.umd.cs.findbugs.FindBugs2";

  private SpotBugsLauncher() {}

  /**
   * @param args empty, or the command line class to run instead of SpotBugs' (for the tests)
   */
  public static void main(String[] args) throws Throwable {
    run(args.length > 0 ? args[0] : SPOTBUGS_MAIN, System.in);
  }

  static void run(String mainClass, InputStream input) throws Throwable {
    warmUp(mainClass);
    List<String> arguments = readArguments(input);
    if (arguments.isEmpty()) {
      return;
    }
    try {
      Class.forName(mainClass)
          .getMethod("main", String[].class)
          .invoke(null, (Object) arguments.toArray(new String[0]));
    } catch (InvocationTargetException e) {
      throw e.getCause(); // as if it were the JVM's main class
    }
  }

  /** Loads SpotBugs' classes and its detector registry; whatever fails, the run reports. */
  private static void warmUp(String mainClass) {
    try {
      Class.forName(mainClass);
      Class.forName("edu.umd.cs.findbugs.DetectorFactoryCollection")
          .getMethod("instance")
          .invoke(null);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      // not SpotBugs (a test), or SpotBugs cannot start: its own run says why
    }
  }

  private static List<String> readArguments(InputStream input) throws IOException {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
    List<String> arguments = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      arguments.add(line);
    }
    return arguments;
  }
}
