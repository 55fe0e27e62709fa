package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.migrations.ApprovalText;
import dev.lifeos.maven.migrations.Approvals;
import dev.lifeos.maven.migrations.CheckedFinding;
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
import dev.lifeos.maven.migrations.db.Deadline;
import dev.lifeos.maven.migrations.db.FlywayApply;
import dev.lifeos.maven.migrations.db.MigrationFailure;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.MigrationTracker;
import dev.lifeos.maven.migrations.db.RuntimeLibraries;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

  /** How long looking for what a failed migration left may take. */
  private static final Duration LOOKUP_LIMIT = Duration.ofSeconds(30);

  private final MigrationLog log;
  private Progress progress;

  public MigrationRun(Request request, RuntimeLibraries libraries, MigrationLog log) {
    this.request = request;
    this.libraries = libraries;
    this.log = log;
  }

  /**
   * Applies the pending migrations. A refusal (before anything is changed) is a {@link
   * GateFailure}; a migration that fails is a result with outcome {@code FAILED}, so its reports
   * are written. Empty when the project has no migrations.
   */
  public Optional<RunResult> run() throws Exception {
    if (request.environment() == TargetEnvironment.PRODUCTION && !request.productionApproved()) {
      throw new GateFailure(
          "Refusing to migrate production without approval: run with"
              + " -Dlifeos.migrations.productionApproved=true on the command line of this run. The"
              + " release workflow passes it in migrate-production, which runs only after the"
              + " reviewers of the GitHub environment 'production' approved. Nothing was changed.");
    }
    List<MigrationLocation> locations = request.layout().locations(request.settings());
    MigrationCatalog catalog = MigrationCatalog.read(locations, request.settings());
    if (!catalog.problems().isEmpty()) {
      throw new GateFailure(
          "Refusing to migrate: the migrations have problems that check-migrations reports (run"
              + " ./mvnw lifeos:check-migrations). Nothing was changed.\n"
              + catalog.problems().stream()
                  .map(p -> "  " + p.message() + " Fix: " + p.fix() + ".")
                  .collect(Collectors.joining("\n")));
    }
    if (catalog.migrations().isEmpty()) {
      log.info(
          "No migrations in "
              + (locations.isEmpty()
                  ? String.join(", ", request.settings().locations())
                  : locations)
              + ": nothing to apply.");
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
    log.info(
        "Database "
            + target
            + " (environment "
            + request.environment().id()
            + "): "
            + versionBefore
                .map(v -> "at version " + label(before.current()))
                .orElse("empty, no schema history yet")
            + ".");
    if (pending.isEmpty()) {
      log.info("Pending: none.");
    } else {
      log.info("Pending: " + count(pending.size(), "migration") + ":");
      pending.forEach(step -> log.info("  " + step.label() + " (" + step.script() + ")"));
    }
    refuseAfterAFailedMigration(database, catalog, before, target);
    guardDangerousOperations(catalog, before.pending());

    if (pending.isEmpty()) {
      verify(before, catalog.highestVersion(), target);
      log.info(
          "Nothing to apply: the database is already at "
              + versionBefore
                  .map(v -> "version " + label(before.current()))
                  .orElse("the latest migration")
              + ", the latest migration. Running again changes nothing.");
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
        throw new GateFailure(
            "Flyway refused to migrate "
                + target
                + ": the migrations here do not match what the database already ran. Nothing was"
                + " changed.\n"
                + validationLines(stopped.error().getMessage())
                + "\nA migration that ran there was edited, renamed or deleted here (check-migrations"
                + " reports this on the pull request): restore it as it was released, and put the"
                + " change in a new migration.");
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
                      leftovers(database, stopped))
                  .text()));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    MigrationInfoService after = state(session, reader, target);
    verify(after, catalog.highestVersion(), target);
    List<RunResult.Step> applied = progress.applied();
    String byOthers =
        applied.size() < pending.size()
            ? " ("
                + (pending.size() - applied.size())
                + " of the "
                + count(pending.size(), "pending migration")
                + " applied meanwhile by another run: this one waited for Flyway's lock)"
            : "";
    log.info(
        "Database now at version "
            + label(after.current())
            + ", the latest migration: "
            + count(applied.size(), "migration")
            + " applied in "
            + duration(took.toMillis())
            + byOthers
            + ".");
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
   * Indexes that the stopped migration's {@code CREATE INDEX CONCURRENTLY} left behind: the failing
   * statement's (a rerun that meets "already exists", a build cancelled by a timeout).
   */
  private List<InterruptedIndex> leftovers(Database database, ApplyStopped stopped) {
    List<String> names =
        InterruptedIndex.namesIn(stopped.failure().map(MigrationFailure::statement).orElse(""));
    return findIndexes(database, names);
  }

  private List<InterruptedIndex> findIndexes(Database database, List<String> names) {
    if (!database.isPostgresql() || names.isEmpty()) {
      return List.of();
    }
    try {
      return InterruptedIndex.find(database, names, LOOKUP_LIMIT);
    } catch (Exception e) {
      log.warn("Could not look for indexes left by CREATE INDEX CONCURRENTLY: " + e);
      return List.of();
    }
  }

  /**
   * A migration recorded as failed (a non-transactional one that stopped halfway, with Flyway's
   * lock outside a transaction) blocks every migrate until the DB team cleans up: say how, before
   * Flyway refuses with its own words.
   */
  private void refuseAfterAFailedMigration(
      Database database, MigrationCatalog catalog, MigrationInfoService before, String target)
      throws GateFailure {
    Optional<MigrationInfo> failed =
        Arrays.stream(before.all()).filter(info -> info.getState().isFailed()).findFirst();
    if (failed.isEmpty()) {
      return;
    }
    String name = failed.get().getScript();
    List<InterruptedIndex> leftovers =
        findIndexes(
            database,
            catalog.migrations().stream()
                .filter(m -> sameMigration(m, failed.get()))
                .findFirst()
                .map(m -> InterruptedIndex.namesIn(m.text()))
                .orElse(List.of()));
    StringBuilder text =
        new StringBuilder("Refusing to migrate ")
            .append(target)
            .append(": ")
            .append(name)
            .append(" is recorded as failed in Flyway's schema history: an earlier run stopped in")
            .append(" the middle of it, and Flyway migrates nothing past a failed migration. It")
            .append(" ran outside a transaction, so its statements before the failure may have")
            .append(" stayed.");
    leftovers.forEach(index -> text.append('\n').append(index.advice(name)));
    throw new GateFailure(
        text.append("\nTo recover, the DB team (docs/runbook.md, \"Recover a half-applied")
            .append(" migration\"): 1. compares the database with ")
            .append(name)
            .append(" and undoes or finishes what ran; 2. removes the failed row with flyway")
            .append(" repair on this database (the Flyway CLI, or ./mvnw flyway:repair with its")
            .append(" URL); 3. runs the deploy again. Nothing was changed.")
            .toString());
  }

  private Flyway flyway(ApplySession session, MigrationCatalog catalog) throws GateFailure {
    try {
      return FlywayApply.configuration(request.settings(), catalog, session)
          .lockRetryCount(request.lockRetryCount())
          .load();
    } catch (FlywayApply.MissingClassException e) {
      throw new GateFailure(
          e.problem().message()
              + " Java migrations are applied from their compiled classes: compile in the same run,"
              + " ./mvnw compile lifeos:run-migrations -Dlifeos.skip=true -Dlifeos.typecheck.skip=true"
              + " (the release workflows do). Nothing was changed.");
    }
  }

  /** Flyway's view of the database; a database that cannot be reached is the user's to fix. */
  private MigrationInfoService state(ApplySession session, Flyway flyway, String target)
      throws GateFailure {
    try {
      return session.call(flyway::info);
    } catch (ApplyStopped e) {
      throw new GateFailure(
          (e.kind() == ApplyStopped.Kind.CANNOT_CONNECT
                  ? e.what()
                  : "Could not read the migration state of " + target + ": " + e.what())
              + ". Check the URL ("
              + TargetDatabase.URL_VARIABLE
              + " or -D"
              + TargetDatabase.URL_PROPERTY
              + "), the user and password ("
              + TargetDatabase.USER_VARIABLE
              + ", "
              + TargetDatabase.PASSWORD_VARIABLE
              + "), and that the database accepts connections from here"
              + e.fix()
                  .filter(fix -> e.kind() != ApplyStopped.Kind.CANNOT_CONNECT)
                  .map(fix -> "; " + fix)
                  .orElse("; on a slow network raise -D" + ApplyOptions.CONNECT_TIMEOUT)
              + ". Nothing was changed.");
    }
  }

  /**
   * Every environment refuses pending migrations with SQL that would never run; production also
   * refuses those whose dangerous operations the DB team has not approved, elsewhere they are
   * warned about, since production will refuse them.
   */
  private void guardDangerousOperations(MigrationCatalog catalog, MigrationInfo[] pending)
      throws Exception {
    Approvals approvals = Approvals.read(request.approvalsFile(), request.layout().basedir());
    List<String> unapproved = new ArrayList<>();
    List<Migration> toApply =
        Arrays.stream(pending)
            .flatMap(info -> catalog.migrations().stream().filter(m -> sameMigration(m, info)))
            .toList();
    Map<Migration, List<Finding>> found = request.scanner().scan(catalog.migrations(), toApply);
    MigrationScanner.refuseErrors(found);
    for (Migration migration : toApply) {
      List<Finding> findings =
          found.get(migration).stream().filter(Finding::needsApproval).toList();
      Approvals.Status status = approvals.status(migration);
      if (!findings.isEmpty() && status != Approvals.Status.APPROVED) {
        List<CheckedFinding> checked =
            findings.stream().map(f -> new CheckedFinding(f, migration, status)).toList();
        unapproved.add(
            migration.fileName()
                + " "
                + ApprovalText.whyNotApproved(migration, checked, approvals)
                + "\n      Fix: "
                + ApprovalText.fix(migration, approvals)
                + ".");
      }
    }
    if (unapproved.isEmpty()) {
      return;
    }
    if (request.environment() == TargetEnvironment.PRODUCTION) {
      throw new GateFailure(
          "Refusing to migrate production: "
              + count(unapproved.size(), "pending migration")
              + " with dangerous operations the DB team has not approved. Nothing was changed.\n  "
              + String.join("\n  ", unapproved));
    }
    unapproved.forEach(
        line -> log.warn(line + " (production refuses it until the DB team approves it)"));
  }

  private static boolean sameMigration(Migration migration, MigrationInfo info) {
    return info.isVersioned()
        ? migration.isVersioned() && migration.version().equals(info.getVersion())
        : migration.type() == Migration.Type.REPEATABLE
            && migration.description().equals(info.getDescription());
  }

  /** The database ends at the latest migration, with nothing pending. */
  private void verify(MigrationInfoService state, Optional<MigrationVersion> latest, String target)
      throws GateFailure {
    MigrationInfo current = state.current();
    List<RunResult.Step> stillPending = steps(state.pending());
    if (latest.isPresent() && current != null && current.getVersion() != null) {
      int comparison = current.getVersion().compareTo(latest.get());
      if (comparison > 0) {
        log.warn(
            "The database is at version "
                + label(current)
                + ", above this build's latest migration V"
                + Migration.canonical(latest.get())
                + ": a newer release migrated it (this build is older, e.g. a rollback of the"
                + " application). Nothing to apply; the schema stays as it is.");
        return;
      }
      if (comparison == 0 && stillPending.isEmpty()) {
        return;
      }
    } else if (latest.isEmpty() && stillPending.isEmpty()) {
      return;
    }
    throw new GateFailure(
        "Verification failed on "
            + target
            + ": the database is at "
            + version(current).map(v -> "version " + v).orElse("no version")
            + ", but the latest migration is "
            + latest.map(v -> "V" + Migration.canonical(v)).orElse("none")
            + (stillPending.isEmpty()
                ? ""
                : "; still pending: "
                    + stillPending.stream()
                        .map(RunResult.Step::key)
                        .collect(Collectors.joining(", ")))
            + ". Check Flyway's settings (target, outOfOrder) and the schema history table.");
  }

  private String product() {
    return request.database().url().startsWith("jdbc:postgresql:") ? "PostgreSQL" : "The database";
  }

  private static String validationLines(String message) {
    return Arrays.stream(String.valueOf(message).split("\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("Need more flexibility"))
        .map(line -> "  " + line)
        .collect(Collectors.joining("\n"));
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

  /** {@code 3 (add category)}. */
  static String label(MigrationInfo info) {
    return Migration.canonical(info.getVersion()) + " (" + info.getDescription() + ")";
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  static String duration(long millis) {
    return millis < 1000
        ? millis + " ms"
        : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
