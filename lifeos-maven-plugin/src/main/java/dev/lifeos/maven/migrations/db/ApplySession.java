package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationLocation;
import dev.lifeos.maven.migrations.db.ApplyStopped.Kind;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * One apply of a project's migrations to one database, with everything that keeps it from hanging:
 * the lock and statement timeouts and the driver's limits on every connection ({@link Database}),
 * Flyway's PostgreSQL lock mode as the project sets it, the {@link LockWatch} that names what a
 * statement waits for (and ends a wait on Flyway's own lock), and the deadline: Flyway runs on a
 * thread of its own, and when the deadline passes its statements are cancelled and the goal goes
 * on. Whatever stops it comes out as an {@link ApplyStopped} that says what happened and the fix.
 */
public final class ApplySession implements AutoCloseable {
  /** How long the statements cancelled at the deadline get to end before their sessions are. */
  private static final Duration CANCEL_GRACE = Duration.ofSeconds(10);

  /** How long a read after a stop (the state it left) may take. */
  private static final Duration AFTERWARDS = Duration.ofSeconds(30);

  static final String TRANSACTIONAL_LOCK = "flyway.postgresql.transactional.lock";

  private final Database database;
  private final List<MigrationLocation> locations;
  private final List<Migration> javaMigrations;
  private final Deadline deadline;
  private final MigrationLog log;
  private final MigrationTracker tracker;
  private Optional<LockWatch> watch = Optional.empty();

  /**
   * An apply to {@code database} of the migrations of {@code catalog}, over by {@code deadline};
   * {@code onRan} hears of each migration as it ends.
   */
  public ApplySession(
      Database database,
      MigrationCatalog catalog,
      Deadline deadline,
      MigrationLog log,
      Consumer<MigrationTracker.Ran> onRan) {
    this.database = database;
    this.locations = catalog.locations();
    this.javaMigrations = catalog.javaMigrations();
    this.deadline = deadline;
    this.log = log;
    this.tracker = new MigrationTracker(onRan);
  }

  /**
   * {@code configuration} connected to the database with this apply's limits, Flyway's lock mode,
   * and the tracker that follows the migrations.
   */
  public FluentConfiguration configure(FluentConfiguration configuration) {
    return database
        .connect(configuration)
        .configuration(
            Map.of(TRANSACTIONAL_LOCK, String.valueOf(database.options().transactionalLock())))
        .callbacks(tracker);
  }

  Database database() {
    return database;
  }

  /** The migrations that ran to their end in this apply. */
  public List<MigrationTracker.Ran> ran() {
    return tracker.ran();
  }

  /**
   * Runs {@code flyway} work (migrate, info) within the deadline, with Flyway's log going to the
   * goal's.
   *
   * @throws ApplyStopped when it failed, timed out or ran past the deadline, explained
   */
  public <T> T call(Callable<T> flyway) throws ApplyStopped {
    if (watch.isEmpty()) {
      watch = LockWatch.start(database);
    }
    long started = System.nanoTime();
    Worker.Running<T> running =
        Worker.start("lifeos-flyway", () -> FlywayLogBridge.with(log, flyway));
    try {
      return running.get(deadline.remaining());
    } catch (TimeoutException late) {
      Optional<LockWatch.Wait> waiting =
          watch.flatMap(w -> w.lastWaitSince(System.nanoTime() - Duration.ofSeconds(2).toNanos()));
      watch.ifPresent(w -> w.cancelRunningStatements(false));
      Throwable error = late;
      try {
        return running.get(CANCEL_GRACE); // it ended just then, cancelled or not
      } catch (TimeoutException stillRunning) {
        watch.ifPresent(w -> w.cancelRunningStatements(true));
      } catch (Exception | Error cancelled) {
        error = cancelled;
      }
      throw stopped(Kind.DEADLINE, error, waiting);
    } catch (StackOverflowError tooDeep) {
      throw stopped(Kind.TOO_DEEP, tooDeep, Optional.empty());
    } catch (Exception e) {
      throw explain(e, started);
    }
  }

  /** A read after a stop (the state it left), bounded on its own; empty when it fails. */
  public <T> Optional<T> afterwards(Callable<T> flyway) {
    try {
      return Optional.ofNullable(
          Worker.call("lifeos-flyway-state", AFTERWARDS, () -> FlywayLogBridge.with(log, flyway)));
    } catch (Exception e) {
      log.debug("Could not read the state after the stop: " + e);
      return Optional.empty();
    }
  }

  private ApplyStopped explain(Exception error, long started) {
    SQLException sql = MigrationFailure.cause(error, SQLException.class);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    String message = sql == null ? "" : String.valueOf(sql.getMessage());
    Optional<LockWatch.Wait> waited =
        watch.flatMap(w -> w.lastWaitSince(tracker.runningSince().orElse(started)));
    Optional<LockWatch.Wait> selfWait = watch.flatMap(LockWatch::selfWait);
    if (selfWait.isPresent()) {
      return stopped(Kind.SELF_WAIT, error, selfWait);
    }
    if (state.equals("55P03") || state.equals("HYT00")) {
      return stopped(Kind.LOCK_TIMEOUT, error, waited);
    }
    if (state.equals("57014") && !message.contains("user request")) {
      return stopped(Kind.STATEMENT_TIMEOUT, error, waited);
    }
    if (ConnectionFailure.isConnectionProblem(error)) {
      return stopped(
          tracker.running().isPresent() ? Kind.CONNECTION_LOST : Kind.CANNOT_CONNECT,
          error,
          Optional.empty());
    }
    return stopped(
        error instanceof FlywayException
                && MigrationFailure.of((FlywayException) error, locations, javaMigrations)
                    .isPresent()
            ? Kind.SQL_ERROR
            : Kind.OTHER,
        error,
        Optional.empty());
  }

  private ApplyStopped stopped(Kind kind, Throwable error, Optional<LockWatch.Wait> wait) {
    Optional<MigrationFailure> failure =
        error instanceof FlywayException flyway
            ? MigrationFailure.of(flyway, locations, javaMigrations)
            : Optional.empty();
    Optional<MigrationInfo> migration =
        failure.map(MigrationFailure::migration).or(tracker::running);
    Optional<Path> file =
        failure
            .map(MigrationFailure::file)
            .or(
                () ->
                    migration.map(
                        m ->
                            MigrationFailure.fileOf(
                                m, Optional.empty(), locations, javaMigrations)));
    ApplyText text = new ApplyText(database, failure, error, wait);
    return new ApplyStopped(kind, failure, migration, file, text.what(kind), text.fix(kind), error);
  }

  @Override
  public void close() {
    watch.ifPresent(LockWatch::close);
  }
}
