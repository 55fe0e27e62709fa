package dev.lifeos.maven.security;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A forked analysis that runs while the build goes on: started with its output in a log file,
 * awaited later with a deadline, and stopped (with its children) when nobody awaits it any more.
 */
public final class BackgroundAnalysis implements AutoCloseable {
  /** How much of the log's end a failure quotes. */
  private static final int TAIL_BYTES = 4096;

  private final Process process;
  private final Path log;
  private final long startedNanos;

  private BackgroundAnalysis(Process process, Path log, long startedNanos) {
    this.process = process;
    this.log = log;
    this.startedNanos = startedNanos;
  }

  /** Starts {@code command} in {@code directory}; its output (both streams) goes to {@code log}. */
  public static BackgroundAnalysis start(List<String> command, Path directory, Path log)
      throws IOException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    process.getOutputStream().close(); // nothing to read: a prompt would end at once
    return new BackgroundAnalysis(process, log, started);
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

  /** Stops the analysis and whatever it started. */
  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private String tail() {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long length = file.length();
      long from = Math.max(0, length - TAIL_BYTES);
      byte[] bytes = new byte[(int) (length - from)];
      file.seek(from);
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "(its log " + log + " is unreadable: " + e.getMessage() + ")";
    }
  }
}
