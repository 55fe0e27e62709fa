package dev.lifeos.maven.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Finding and stopping the programs goals run beside the build (container engines, SpotBugs). */
public final class Processes {
  /** How long a stop waits for the killed process to be gone. */
  private static final long STOP_WAIT_SECONDS = 5;

  private Processes() {}

  /**
   * {@code candidate} as an executable regular file: the path itself when it names one ({@code
   * /usr/bin/podman}), else the first match in {@code path} (a PATH value; none when null).
   */
  public static Optional<Path> onPath(String candidate, String path) {
    if (candidate.contains(File.separator)) {
      Path file = Path.of(candidate);
      return Files.isExecutable(file) && Files.isRegularFile(file)
          ? Optional.of(file)
          : Optional.empty();
    }
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, candidate))
        .filter(file -> Files.isRegularFile(file) && Files.isExecutable(file))
        .findFirst();
  }

  /**
   * Kills {@code process} and whatever it started, and waits (a few seconds at most) until it is
   * gone: a kill is delivered, not done, when destroyForcibly returns.
   */
  public static void stop(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
  }
}
