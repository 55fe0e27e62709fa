package dev.lifeos.maven.security;

import dev.lifeos.maven.support.Processes;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A SpotBugs JVM started before the classes exist, at the analysis' lower priority: {@link
 * SpotBugsLauncher} loads SpotBugs while the build lints and compiles, and {@link #go} hands it the
 * command line once the classes are there. An analysis whose JVM differs (options, class path: the
 * build changed them in between) does not use it; one that takes it saves SpotBugs' start.
 */
public final class ParkedAnalysis implements AutoCloseable {
  private final List<String> jvm;
  private final Process process;
  private final Path log;
  private volatile boolean handedOver;

  private ParkedAnalysis(List<String> jvm, Process process, Path log) {
    this.jvm = List.copyOf(jvm);
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code jvm} ({@code java}, its options, {@code -cp} and SpotBugs' class path) with
   * {@code launcher} (this plugin's jar, which holds {@link SpotBugsLauncher}) added to the class
   * path, in {@code directory}; its output goes to {@code log}.
   *
   * @param launcherArguments arguments of the launcher itself: none but in the tests
   */
  public static ParkedAnalysis start(
      List<String> jvm, Path launcher, Path directory, Path log, String... launcherArguments)
      throws IOException {
    int classpath = jvm.indexOf("-cp") + 1;
    if (classpath == 0 || classpath >= jvm.size()) {
      throw new IllegalArgumentException("no -cp in " + jvm);
    }
    List<String> command = new ArrayList<>(jvm);
    command.set(classpath, jvm.get(classpath) + File.pathSeparator + launcher);
    command.add(SpotBugsLauncher.class.getName());
    command.addAll(List.of(launcherArguments));
    Process process = BackgroundAnalysis.launch(command, directory, log);
    return new ParkedAnalysis(jvm, process, log);
  }

  /** Whether it can run an analysis in the JVM {@code jvm} describes: the same, and still up. */
  public boolean fits(List<String> jvm, List<String> arguments) {
    return process.isAlive()
        && this.jvm.equals(jvm)
        && arguments.stream().noneMatch(a -> a.contains("\n") || a.contains("\r"));
  }

  /** Hands it the command line: the analysis runs from now on, and {@link #close} leaves it. */
  public BackgroundAnalysis go(List<String> arguments) throws IOException {
    handedOver = true;
    long started = System.nanoTime();
    OutputStream input = process.getOutputStream();
    try (Writer writer = new OutputStreamWriter(input, StandardCharsets.UTF_8)) {
      for (String argument : arguments) {
        writer.write(argument);
        writer.write('\n');
      }
    }
    return new BackgroundAnalysis(process, log, started);
  }

  /** Stops it, unless {@link #go} handed it over: the analysis is closed instead. */
  @Override
  public void close() {
    if (handedOver) {
      return;
    }
    try {
      Processes.stop(process);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
