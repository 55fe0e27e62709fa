package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.migrations.db.RuntimeLibraries.Library;
import dev.lifeos.maven.support.GateFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * An embedded PostgreSQL started ahead of the apply that will use it, on a thread of its own:
 * lifeos:prepare-migrations starts it at validate, so that resolving zonky's libraries, copying the
 * cluster and starting the server overlap the build's lint and compile, and check-migrations takes
 * it at process-classes instead of starting one (about 0.7 s of the demo's pull-request build,
 * docs/benchmarks.md). It is the server the apply would start itself (same libraries, same template
 * choice) and it is empty. One that nobody took is stopped by {@link #close}; its directory is
 * removed on every path, as {@link EmbeddedServer} removes it.
 */
public final class ServerAhead implements AutoCloseable {
  /** How long {@link #close} waits for a start still under way before leaving it to the JVM. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

  private final List<Library> libraries;
  private final boolean template;
  private final Worker.Running<EmbeddedServer> start;
  private final List<Line> lines;
  private boolean taken;

  private ServerAhead(
      List<Library> libraries,
      boolean template,
      Worker.Running<EmbeddedServer> start,
      List<Line> lines) {
    this.libraries = libraries;
    this.template = template;
    this.start = start;
    this.lines = lines;
  }

  /**
   * Starts the server {@code target} names, within {@code limit}; what the start logs is kept for
   * the goal that takes it.
   */
  public static ServerAhead start(
      DatabaseTarget.EmbeddedPostgres target,
      DatabaseTarget.LibraryVersions versions,
      RuntimeLibraries runtimeLibraries,
      Duration limit) {
    List<Library> libraries = target.libraries(versions);
    List<Line> lines = new ArrayList<>();
    MigrationLog recorded = recording(lines);
    Worker.Running<EmbeddedServer> start =
        Worker.start(
            "lifeos-postgres-ahead",
            () ->
                EmbeddedServer.start(
                    runtimeLibraries.classLoader(libraries, List.of()),
                    target.template(),
                    Deadline.after(limit),
                    recorded));
    return new ServerAhead(libraries, target.template(), start, lines);
  }

  /** Whether this is the server an apply to {@code target} with {@code versions} would start. */
  public boolean fits(DatabaseTarget target, DatabaseTarget.LibraryVersions versions) {
    return target instanceof DatabaseTarget.EmbeddedPostgres embedded
        && embedded.template() == template
        && embedded.libraries(versions).equals(libraries);
  }

  /**
   * The started server, from now on the caller's to close; waits for its start within what is left
   * of {@code deadline}, then writes what the start logged to {@code log}.
   *
   * @throws GateFailure when the start failed (its own message) or is not over by the deadline
   */
  EmbeddedServer take(Deadline deadline, MigrationLog log) throws GateFailure {
    Duration limit = deadline.remaining();
    EmbeddedServer server;
    try {
      server = start.get(limit);
    } catch (GateFailure | RuntimeException failed) {
      throw failed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GateFailure("Interrupted while embedded PostgreSQL was starting.");
    } catch (TimeoutException e) {
      throw new GateFailure(
          "Embedded PostgreSQL, started ahead at validate, was not up within "
              + ApplyOptions.format(limit)
              + " (the time left of "
              + ApplyOptions.DEADLINE
              + "). The machine may be overloaded: try again, or raise -D"
              + ApplyOptions.DEADLINE
              + ".");
    } catch (Exception unexpected) {
      throw new IllegalStateException(
          "embedded PostgreSQL failed to start: " + unexpected, unexpected);
    } finally {
      replay(log);
    }
    synchronized (this) {
      taken = true;
    }
    return server;
  }

  /** Whether an apply took the server (it stops it then). */
  public synchronized boolean taken() {
    return taken;
  }

  /**
   * Stops the server, or, when an apply took it, waits until the apply's stop in the background is
   * over; a start that failed left nothing to stop. For the end of the build: the stop must be over
   * before the goal's classes go.
   */
  @Override
  public void close() {
    boolean wasTaken;
    synchronized (this) {
      wasTaken = taken;
      taken = true;
    }
    try {
      EmbeddedServer server = start.get(CLOSE_WAIT);
      if (wasTaken) {
        server.awaitClosed(CLOSE_WAIT);
      } else {
        server.close();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception notStarted) {
      // failed: EmbeddedServer removed its directory; still starting: its shutdown hook will
    }
  }

  private void replay(MigrationLog log) {
    synchronized (lines) {
      lines.forEach(line -> line.level().accept(log, line.text()));
      lines.clear();
    }
  }

  private record Line(BiConsumer<MigrationLog, String> level, String text) {}

  private static MigrationLog recording(List<Line> lines) {
    return new MigrationLog() {
      @Override
      public void info(String line) {
        add(MigrationLog::info, line);
      }

      @Override
      public void warn(String line) {
        add(MigrationLog::warn, line);
      }

      @Override
      public void debug(String line) {
        add(MigrationLog::debug, line);
      }

      private void add(BiConsumer<MigrationLog, String> level, String line) {
        synchronized (lines) {
          lines.add(new Line(level, line));
        }
      }
    };
  }
}
