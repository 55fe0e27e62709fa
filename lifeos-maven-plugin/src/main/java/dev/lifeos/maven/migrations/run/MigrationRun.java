package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationLocation;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.ProjectLayout;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.ApplySession;
import dev.lifeos.maven.migrations.db.ApplyStopped;
import dev.lifeos.maven.migrations.db.Database;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.DatabaseVariables;
import dev.lifeos.maven.migrations.db.Deadline;
import dev.lifeos.maven.migrations.db.FlywayApply;
import dev.lifeos.maven.migrations.db.MigrationFailure;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.MigrationTracker;
import dev.lifeos.maven.migrations.db.RuntimeLibraries;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.support.DurationText;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;

/**
 * run-migrations without Maven: applies the project's pending Flyway migrations to one database
 * named explicitly, the way a deploy job must: it refuses what is not safe before it touches
 * anything, prints the state before and after, one line per migration applied, verifies the
 * database ends at the latest migration, and on failure says what state the database was left in.
 *
 * <p>It never creates a migration and never cleans, repairs or undoes anything: a failure stops the
 * deploy, and what to do next is the DB team's call (docs/goals/run-migrations.md).
 */
public final class MigrationRun {
  /**
   * What to apply where.
   *
   * @param layout the project's directories
   * @param settings Flyway's naming and locations
   * @param database the target database
   * @param environment the environment it belongs to
   * @param productionApproved whether this run is approved to change production
   * @param scanner the danger rules (production refuses unapproved findings)
   * @param approvalsFile the DB team's approvals
   * @param lockRetryCount how many seconds to wait for another run's Flyway lock
   * @param options Flyway's lock mode, the timeouts and the deadline of the apply
   * @param versions versions of the JDBC drivers resolved at run time
   * @param classpath the project's classes, for Java migrations
   */
  public record Request(
      ProjectLayout layout,
      MigrationSettings settings,
      DatabaseTarget.Jdbc database,
      TargetEnvironment environment,
      boolean productionApproved,
      MigrationScanner scanner,
      Path approvalsFile,
      int lockRetryCount,
      ApplyOptions options,
      DatabaseTarget.LibraryVersions versions,
      List<Path> classpath) {}

  private final Request request;
  private final RuntimeLibraries libraries;

  private final MigrationLog log;
  private final RunGuards guards;
  private Progress progress;

  public MigrationRun(Request request, RuntimeLibraries libraries, MigrationLog log) {
    this.request = request;
    this.libraries = libraries;
    this.log = log;
    this.guards = new RunGuards(request, log);
  }

  /**
   * The database to migrate, named only explicitly ({@link DatabaseVariables}: {@code
   * DATABASE_URL}, {@code DATABASE_USER}, {@code DATABASE_PASSWORD}); without a URL, a failure
   * saying how to name one: there is never a default database.
   */
  public static DatabaseTarget.Jdbc database(
      String url, String user, String password, Map<String, String> environment)
      throws GateFailure {
    return DatabaseVariables.resolve(
            "", DatabaseVariables.URL_PROPERTY, url, user, password, environment)
        .orElseThrow(() -> new GateFailure(RunText.noDatabaseUrl()));
  }

  /**
   * Applies the pending migrations. A refusal (before anything is changed) is a {@link
   * GateFailure}; a migration that fails is a result with outcome {@code FAILED}, so its reports
   * are written. Empty when the project has no migrations.
   */
  public Optional<RunResult> run() throws Exception {
    guards.approved();
    List<MigrationLocation> locations = request.layout().locations(request.settings());
    MigrationCatalog catalog = MigrationCatalog.read(locations, request.settings());
    guards.readable(catalog);
    if (catalog.migrations().isEmpty()) {
      log.info(RunText.noMigrations(locations, request.settings().locations()));
      return Optional.empty();
    }
    Deadline deadline = Deadline.after(request.options().deadline());
    try (Database database =
            Database.open(
                request.database(),
                request.versions(),
                libraries,
                catalog.javaMigrations().isEmpty() ? List.of() : request.classpath(),
                request.options(),
                deadline,
                log);
        ApplySession session = new ApplySession(database, catalog, deadline, log, this::progress)) {
      return Optional.of(apply(database, session, catalog));
    }
  }

  private RunResult apply(Database database, ApplySession session, MigrationCatalog catalog)
      throws Exception {
    String target =
        database.description()
            + (request.database().user().isEmpty() ? "" : " as " + request.database().user());
    Flyway reader = flyway(session, catalog);
    MigrationInfoService before = state(session, reader, target);
    List<RunResult.Step> pending = steps(before.pending());
    Optional<String> versionBefore = version(before.current());
    Optional<String> latest = catalog.highestVersion().map(Migration::canonical);
    log.info(RunText.before(target, request.environment(), before.current()));
    RunText.pending(pending).forEach(log::info);
    guards.noFailedMigration(database, catalog, before, target);
    guards.dangerousOperations(catalog, before.pending());

    if (pending.isEmpty()) {
      verify(before, catalog.highestVersion(), target);
      log.info(RunText.upToDate(before.current()));
      return new RunResult(
          request.environment(),
          database.description(),
          RunResult.Outcome.UP_TO_DATE,
          versionBefore,
          pending,
          List.of(),
          versionBefore,
          latest,
          Duration.ZERO,
          Optional.empty());
    }

    progress = new Progress(log, pending.size());
    Flyway migrator = flyway(session, catalog);
    long start = System.nanoTime();
    try {
      session.call(migrator::migrate);
    } catch (ApplyStopped stopped) {
      if (stopped.error() instanceof FlywayValidateException) {
        throw new GateFailure(RunText.validateRefused(target, stopped.error().getMessage()));
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      Optional<MigrationInfoService> after = session.afterwards(reader::info);
      List<RunResult.Step> applied = recorded(progress.applied(), after);
      return new RunResult(
          request.environment(),
          database.description(),
          RunResult.Outcome.FAILED,
          versionBefore,
          pending,
          applied,
          after.flatMap(a -> version(lastApplied(a))),
          latest,
          took,
          Optional.of(
              new RunFailure(
                      stopped,
                      target,
                      product(),
                      applied,
                      before,
                      after,
                      InterruptedIndex.lookFor(database, leftovers(stopped), log))
                  .text()));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    MigrationInfoService after = state(session, reader, target);
    verify(after, catalog.highestVersion(), target);
    List<RunResult.Step> applied = progress.applied();
    log.info(
        RunText.applied(after.current(), applied.size(), pending.size(), DurationText.of(took)));
    return new RunResult(
        request.environment(),
        database.description(),
        RunResult.Outcome.APPLIED,
        versionBefore,
        pending,
        applied,
        version(after.current()),
        latest,
        took,
        Optional.empty());
  }

  private void progress(MigrationTracker.Ran ran) {
    if (progress != null) {
      progress.accept(ran);
    }
  }

  /**
   * The migrations this run applied, as the schema history records them after a failure: what
   * Flyway announced but rolled back (a group, a failed commit) does not count.
   */
  private static List<RunResult.Step> recorded(
      List<RunResult.Step> announced, Optional<MigrationInfoService> after) {
    if (after.isEmpty()) {
      return announced;
    }
    List<String> succeeded =
        Arrays.stream(after.get().applied())
            .filter(info -> info.getState().isApplied() && !info.getState().isFailed())
            .map(info -> step(info).key())
            .toList();
    return announced.stream().filter(step -> succeeded.contains(step.key())).toList();
  }

  /**
   * The indexes that the stopped migration's {@code CREATE INDEX CONCURRENTLY} may have left
   * behind: the failing statement's (a rerun that meets "already exists", a build cancelled by a
   * timeout).
   */
  private static List<String> leftovers(ApplyStopped stopped) {
    return InterruptedIndex.namesIn(stopped.failure().map(MigrationFailure::statement).orElse(""));
  }

  private Flyway flyway(ApplySession session, MigrationCatalog catalog) throws GateFailure {
    try {
      return FlywayApply.configuration(request.settings(), catalog, session)
          .lockRetryCount(request.lockRetryCount())
          .load();
    } catch (FlywayApply.MissingClassException e) {
      throw new GateFailure(RunText.notCompiled(e.problem().message()));
    }
  }

  /** Flyway's view of the database; a database that cannot be reached is the user's to fix. */
  private MigrationInfoService state(ApplySession session, Flyway flyway, String target)
      throws GateFailure {
    try {
      return session.call(flyway::info);
    } catch (ApplyStopped e) {
      throw new GateFailure(RunText.unreadableState(e, target));
    }
  }

  /** The database ends at the latest migration, with nothing pending. */
  private void verify(MigrationInfoService state, Optional<MigrationVersion> latest, String target)
      throws GateFailure {
    MigrationInfo current = state.current();
    List<RunResult.Step> stillPending = steps(state.pending());
    if (latest.isPresent() && current != null && current.getVersion() != null) {
      int comparison = current.getVersion().compareTo(latest.get());
      if (comparison > 0) {
        log.warn(RunText.newerRelease(current, latest.get()));
        return;
      }
      if (comparison == 0 && stillPending.isEmpty()) {
        return;
      }
    } else if (latest.isEmpty() && stillPending.isEmpty()) {
      return;
    }
    throw new GateFailure(RunText.verificationFailed(target, current, latest, stillPending));
  }

  private String product() {
    return request.database().url().startsWith("jdbc:postgresql:") ? "PostgreSQL" : "The database";
  }

  static RunResult.Step step(MigrationInfo info) {
    String key =
        info.isVersioned()
            ? "V" + Migration.canonical(info.getVersion())
            : "R__" + info.getDescription().replace(' ', '_');
    return new RunResult.Step(key, info.getDescription(), info.getScript(), 0);
  }

  private static List<RunResult.Step> steps(MigrationInfo[] infos) {
    return Arrays.stream(infos).map(MigrationRun::step).toList();
  }

  /**
   * The last migration applied successfully: the version the schema is at. Flyway's {@code
   * current()} is the last row, a failed one too.
   */
  static MigrationInfo lastApplied(MigrationInfoService state) {
    MigrationInfo last = null;
    for (MigrationInfo info : state.applied()) {
      if (info.getVersion() != null && info.getState().isApplied() && !info.getState().isFailed()) {
        last = info;
      }
    }
    return last;
  }

  static Optional<String> version(MigrationInfo info) {
    return info == null || info.getVersion() == null
        ? Optional.empty()
        : Optional.of(Migration.canonical(info.getVersion()));
  }
}
