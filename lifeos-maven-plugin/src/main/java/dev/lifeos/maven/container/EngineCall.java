package dev.lifeos.maven.container;

import dev.lifeos.maven.support.BoundedFile;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of a command line under a deadline. Its output goes to files, never to pipes, so a chatty
 * command cannot block on a full pipe; only the last {@link #OUTPUT_LIMIT} bytes of each stream are
 * read back. A command still running at the deadline is killed with its children.
 */
final class EngineCall {
  /** The most of each stream read back: enough for any answer the goal parses, and a log tail. */
  static final int OUTPUT_LIMIT = 256 * 1024;

  /** What the command printed and how it ended. */
  record Output(int exitCode, String out, String err) {
    boolean ok() {
      return exitCode == 0;
    }

    /** The error output, else the standard output: what to quote when the call failed. */
    String complaint() {
      String text = err.isBlank() ? out : err;
      return text.strip().isEmpty() ? "(no output, exit code " + exitCode + ")" : text.strip();
    }
  }

  private EngineCall() {}

  /** Runs {@code command} and waits up to {@code timeout} for it. */
  static Output run(List<String> command, Duration timeout)
      throws GateFailure, InterruptedException {
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("lifeos-engine", ".out");
      err = Files.createTempFile("lifeos-engine", ".err");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      Process process = builder.start();
      try {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new GateFailure(
              "`"
                  + String.join(" ", command)
                  + "` did not finish within "
                  + timeout.toSeconds()
                  + " s and was stopped. Is the container engine hung? Check it with `"
                  + command.get(0)
                  + " info`, or give it longer with -Dlifeos.containerSmoke.engineTimeout.");
        }
      } finally {
        if (process.isAlive()) {
          Processes.stop(process);
        }
      }
      return new Output(
          process.exitValue(),
          BoundedFile.tail(out, OUTPUT_LIMIT),
          BoundedFile.tail(err, OUTPUT_LIMIT));
    } catch (IOException e) {
      throw new GateFailure(
          "Cannot run `" + String.join(" ", command) + "`: " + e.getMessage() + ".");
    } finally {
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file in the system's temporary folder: left for the system to clean
      }
    }
  }
}
