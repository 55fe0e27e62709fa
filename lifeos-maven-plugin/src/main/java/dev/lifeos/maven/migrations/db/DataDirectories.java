package dev.lifeos.maven.migrations.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directories embedded PostgreSQL runs in: one per apply, under {@code
 * ${java.io.tmpdir}/lifeos-embedded-postgres/}, each marked with the process that owns it (its pid
 * and start time, so a reused pid is not mistaken for the owner). The apply removes its own on
 * every exit path; a run killed with {@code kill -9} cannot, so every start sweeps the directories
 * whose owner is gone, stopping the server still running in them. Directories it did not mark are
 * never touched.
 */
final class DataDirectories {
  static final String OWNER_FILE = "lifeos-owner.properties";
  private static final Duration SERVER_STOP = Duration.ofSeconds(10);
  private static final Pattern SWEPT_BY = Pattern.compile("\\.swept-by-(\\d+)$");

  private final Path root;

  DataDirectories(Path root) {
    this.root = root;
  }

  /** The shared place, in the system's temporary directory. */
  static DataDirectories inTemp() {
    return new DataDirectories(
        Path.of(System.getProperty("java.io.tmpdir"), "lifeos-embedded-postgres"));
  }

  Path root() {
    return root;
  }

  /** The initialised clusters kept for the next start, in {@code templates/} (never swept here). */
  ClusterTemplates templates() {
    return new ClusterTemplates(root.resolve("templates"));
  }

  /** A new directory owned by this process; the server's data go in its {@code data/}. */
  Path create() throws IOException {
    Files.createDirectories(root);
    Path directory = Files.createDirectory(root.resolve(UUID.randomUUID().toString()));
    Properties owner = new Properties();
    ProcessHandle self = ProcessHandle.current();
    owner.setProperty("pid", String.valueOf(self.pid()));
    self.info().startInstant().ifPresent(start -> owner.setProperty("started", start.toString()));
    Path temporary = directory.resolve(OWNER_FILE + ".tmp");
    try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
      owner.store(writer, "lifeos check-migrations / run-migrations: embedded PostgreSQL");
    }
    Files.move(temporary, directory.resolve(OWNER_FILE), StandardCopyOption.ATOMIC_MOVE);
    return directory;
  }

  /** A directory removed by {@link #sweep}: whose it was, and what it held. */
  record Swept(Path directory, long ownerPid, long bytes, Optional<Long> serverPid) {
    String describe() {
      return "Removed "
          + directory
          + " ("
          + (bytes + (1 << 19)) / (1 << 20)
          + " MB), left by a run that ended without cleaning up (pid "
          + ownerPid
          + ", killed?)"
          + serverPid.map(pid -> "; stopped its PostgreSQL server (pid " + pid + ")").orElse("")
          + ".";
    }
  }

  /** Removes the directories of owners that are gone, with their servers. */
  List<Swept> sweep() {
    List<Swept> swept = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return swept;
    }
    try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
      for (Path child : children) {
        Optional<Long> owner = deadOwner(child);
        Optional<Path> claimed = owner.flatMap(pid -> claim(child));
        if (claimed.isPresent()) {
          Optional<Long> server = stopServer(claimed.get().resolve("data"));
          long bytes = size(claimed.get());
          delete(claimed.get());
          swept.add(new Swept(child, owner.get(), bytes, server));
        }
      }
    } catch (IOException e) {
      // another run swept it at the same time, or the directory is not ours to list: leave it
    }
    return swept;
  }

  /**
   * Takes {@code directory} for this process to sweep, by renaming it: of two runs sweeping at
   * once, one wins, and the other leaves it alone.
   */
  private Optional<Path> claim(Path directory) {
    Matcher sweeper = SWEPT_BY.matcher(directory.getFileName().toString());
    if (sweeper.find()
        && ProcessHandle.of(Long.parseLong(sweeper.group(1)))
            .filter(ProcessHandle::isAlive)
            .isPresent()) {
      return Optional.empty(); // another run is sweeping it
    }
    String name = sweeper.replaceFirst("");
    Path claimed = root.resolve(name + ".swept-by-" + ProcessHandle.current().pid());
    try {
      return Optional.of(Files.move(directory, claimed, StandardCopyOption.ATOMIC_MOVE));
    } catch (IOException another) {
      return Optional.empty();
    }
  }

  /** The pid of the directory's owner when that process is gone; empty when alive or not ours. */
  static Optional<Long> deadOwner(Path directory) {
    Path file = directory.resolve(OWNER_FILE);
    if (!Files.isRegularFile(file) || !Files.isDirectory(directory)) {
      return Optional.empty();
    }
    Properties owner = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      owner.load(reader);
      long pid = Long.parseLong(owner.getProperty("pid", ""));
      Optional<Instant> started =
          Optional.ofNullable(owner.getProperty("started")).map(Instant::parse);
      boolean alive =
          ProcessHandle.of(pid)
              .filter(ProcessHandle::isAlive)
              .filter(
                  process ->
                      started.isEmpty()
                          || process.info().startInstant().isEmpty()
                          || process.info().startInstant().equals(started))
              .isPresent();
      return alive ? Optional.empty() : Optional.of(pid);
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * Stops the PostgreSQL server that runs in {@code dataDirectory}, if one does: the pid in its
   * {@code postmaster.pid}, when that process is a postgres. Immediate shutdown first (SIGQUIT: it
   * removes its shared memory), then SIGKILL for the server and its children.
   */
  static Optional<Long> stopServer(Path dataDirectory) {
    Optional<ProcessHandle> server = postmasterOf(dataDirectory);
    if (server.isEmpty()) {
      return Optional.empty();
    }
    ProcessHandle postmaster = server.get();
    List<ProcessHandle> children = postmaster.descendants().toList();
    try {
      new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster.pid()))
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor(SERVER_STOP.toSeconds(), TimeUnit.SECONDS);
      postmaster.onExit().get(SERVER_STOP.toSeconds(), TimeUnit.SECONDS);
    } catch (Exception notStopped) {
      postmaster.destroyForcibly();
    } finally {
      children.forEach(ProcessHandle::destroyForcibly);
    }
    return Optional.of(postmaster.pid());
  }

  static Optional<ProcessHandle> postmasterOf(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      long pid = Long.parseLong(lines.get(0).strip());
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    } catch (IOException | RuntimeException none) {
      return Optional.empty();
    }
  }

  /**
   * Deletes {@code directory} and everything in it, never following a symbolic link out of it. The
   * owner mark goes last: a directory that could not be emptied stays marked for the next sweep.
   */
  static void delete(Path directory) {
    Path owner = directory.resolve(OWNER_FILE);
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              if (!file.equals(owner)) {
                Files.deleteIfExists(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              if (dir.equals(directory)) {
                Files.deleteIfExists(owner);
              }
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException gone) {
      // removed meanwhile (another run's sweep)
    } catch (IOException e) {
      // a file the server wrote while stopping: what is left goes with the next sweep
    }
  }

  private static long size(Path directory) {
    AtomicLong bytes = new AtomicLong();
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              bytes.addAndGet(attributes.size());
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // a size is only for the log line
    }
    return bytes.get();
  }
}
