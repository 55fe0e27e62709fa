package dev.lifeos.maven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {
  @TempDir Path dir;

  private Path executable(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  @Test
  void findsTheFirstExecutableOnThePath() throws Exception {
    Assumptions.assumeTrue(File.separatorChar == '/', "POSIX permissions");
    Path second = executable(dir.resolve("b/tool"));
    Files.createDirectories(dir.resolve("a/tool")); // a directory of that name is no program
    String path =
        dir.resolve("a") + File.pathSeparator + "" + File.pathSeparator + dir.resolve("b");
    assertThat(Processes.onPath("tool", path)).contains(second);
    assertThat(Processes.onPath("other", path)).isEmpty();
    assertThat(Processes.onPath("tool", null)).isEmpty();
    assertThat(Processes.onPath(second.toString(), null)).contains(second);
  }

  @Test
  void stopKillsTheProcessAndWhatItStarted() throws Exception {
    Path pid = dir.resolve("child.pid");
    Process process =
        new ProcessBuilder("sh", "-c", "sleep 30 & echo $! > " + pid + "; wait").start();
    for (int i = 0; i < 250 && !Files.exists(pid); i++) {
      Thread.sleep(20);
    }
    Thread.sleep(50);
    long child = Long.parseLong(Files.readString(pid).trim());
    Processes.stop(process);
    assertThat(process.isAlive()).isFalse();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false)).isFalse();
  }
}
