package dev.lifeos.maven.security;

import dev.lifeos.maven.support.BoundedFile;
import dev.lifeos.maven.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A forked analysis that runs while the build goes on: started with its output in a log file,
 * awaited later with a deadline, and stopped (with its children) when nobody awaits it any more.
 *
 * <p>It runs at a lower CPU priority ({@code nice}, where the system has it): the build's own work
 * is what the developer waits for, and the analysis is awaited only at the end, so it should use
 * the cores the build leaves idle. On 2 cores this took about 0.5 s off the demo's pull-request
 * build (docs/benchmarks.md).
 */
public final class BackgroundAnalysis implements AutoCloseable {
  /** How much of the log's end a failure quotes. */
  private static final int TAIL_BYTES = 4096;

  /** How much lower the analysis' priority is: {@code nice}'s scale, 0 (the build's) to 19. */
  static final int NICENESS = 10;

  private final Process process;
  private final Path log;
  private final long startedNanos;

  BackgroundAnalysis(Process process, Path log, long startedNanos) {
    this.process = process;
    this.log = log;
    this.startedNanos = startedNanos;
  }

  /**
   * What to start: {@code command} in {@code directory}, its output (both streams) to {@code log}.
   */
  public record Launch(List<String> command, Path directory, Path log) {
    public Launch {
      command = List.copyOf(command);
    }

    public BackgroundAnalysis start() throws IOException {
      return BackgroundAnalysis.start(command, directory, log);
    }
  }

  /** Starts {@code command} in {@code directory}; its output (both streams) goes to {@code log}. */
  public static BackgroundAnalysis start(List<String> command, Path directory, Path log)
      throws IOException {
    long started = System.nanoTime();
    Process process = launch(command, directory, log);
    process.getOutputStream().close(); // nothing to read: a prompt would end at once
    return new BackgroundAnalysis(process, log, started);
  }

  /** Starts {@code command} at the lower priority, standard input open, output to {@code log}. */
  static Process launch(List<String> command, Path directory, Path log) throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    List<String> niced = new ArrayList<>();
    Processes.onPath("nice", System.getenv("PATH"))
        .ifPresent(
            nice -> niced.addAll(List.of(nice.toString(), "-n", Integer.toString(NICENESS))));
    niced.addAll(command);
    return new ProcessBuilder(niced)
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
  }

  /** How the analysis ended. */
  public record Outcome(
      boolean finished, int exitCode, Duration ran, Duration waited, String tail) {
    public boolean succeeded() {
      return finished && exitCode == 0;
    }
  }

  /**
   * Waits until the analysis ends or {@code timeout} (from its start; zero or less: none) passes;
   * then it is stopped.
   */
  public Outcome await(Duration timeout) throws InterruptedException {
    long waitStart = System.nanoTime();
    boolean finished;
    if (timeout.isZero() || timeout.isNegative()) {
      process.waitFor();
      finished = true;
    } else {
      long left = startedNanos + timeout.toNanos() - waitStart;
      finished = process.waitFor(Math.max(left, 0), TimeUnit.NANOSECONDS);
    }
    long end = System.nanoTime();
    if (!finished) {
      close();
    }
    return new Outcome(
        finished,
        finished ? process.exitValue() : -1,
        Duration.ofNanos(end - startedNanos),
        Duration.ofNanos(end - waitStart),
        finished && process.exitValue() == 0 ? "" : tail());
  }

  public boolean running() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /**
   * Stops the analysis and whatever it started, and waits (a few seconds at most) until it is gone:
   * a kill is delivered, not done, when destroyForcibly returns.
   */
  @Override
  public void close() {
    try {
      Processes.stop(process);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String tail() {
    try {
      return BoundedFile.tail(log, TAIL_BYTES).strip();
    } catch (IOException e) {
      return "(its log " + log + " is unreadable: " + e.getMessage() + ")";
    }
  }
}
