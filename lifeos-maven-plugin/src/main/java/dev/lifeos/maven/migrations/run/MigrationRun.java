package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.migrations.ApprovalText;
import dev.lifeos.maven.migrations.Approvals;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationLocation;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.ProjectLayout;
import dev.lifeos.maven.migrations.db.Database;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.FlywayApply;
import dev.lifeos.maven.migrations.db.FlywayLogBridge;
import dev.lifeos.maven.migrations.db.MigrationFailure;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.RuntimeLibraries;
import dev.lifeos.maven.migrations.scan.Finding;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
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
      DatabaseTarget.LibraryVersions versions,
      List<Path> classpath) {}

  private final Request request;
  private final RuntimeLibraries libraries;
  private final MigrationLog log;

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
    List<Migration> java =
        catalog.migrations().stream().filter(m -> m.language() == Migration.Language.JAVA).toList();
    try (Database database =
        Database.open(
            request.database(),
            request.versions(),
            libraries,
            java.isEmpty() ? List.of() : request.classpath())) {
      return Optional.of(apply(database, catalog, locations, java));
    }
  }

  private RunResult apply(
      Database database,
      MigrationCatalog catalog,
      List<MigrationLocation> locations,
      List<Migration> java)
      throws Exception {
    String target =
        database.description()
            + (request.database().user().isEmpty() ? "" : " as " + request.database().user());
    Flyway reader = flyway(database, locations, java, null);
    MigrationInfoService before = state(reader, target);
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

    Progress progress = new Progress(log, pending.size());
    Flyway migrator = flyway(database, locations, java, progress);
    long start = System.nanoTime();
    try {
      FlywayLogBridge.with(log, migrator::migrate);
    } catch (FlywayValidateException e) {
      throw new GateFailure(
          "Flyway refused to migrate "
              + target
              + ": the migrations here do not match what the database already ran. Nothing was"
              + " changed.\n"
              + validationLines(e.getMessage())
              + "\nA migration that ran there was edited, renamed or deleted here (check-migrations"
              + " reports this on the pull request): restore it as it was released, and put the"
              + " change in a new migration.");
    } catch (FlywayException e) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      MigrationInfoService after = stateAfterFailure(reader);
      return new RunResult(
          request.environment(),
          database.description(),
          RunResult.Outcome.FAILED,
          versionBefore,
          pending,
          progress.applied(),
          after == null ? Optional.empty() : version(after.current()),
          latest,
          took,
          Optional.of(failure(e, locations, java, progress.applied(), before, after, target)));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    MigrationInfoService after = state(reader, target);
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

  private Flyway flyway(
      Database database, List<MigrationLocation> locations, List<Migration> java, Progress progress)
      throws GateFailure {
    try {
      var configuration =
          FlywayApply.configuration(request.settings(), locations, java, database)
              .lockRetryCount(request.lockRetryCount());
      return (progress == null ? configuration : configuration.callbacks(progress)).load();
    } catch (FlywayApply.MissingClassException e) {
      throw new GateFailure(
          e.problem().message()
              + " Java migrations are applied from their compiled classes: compile in the same run,"
              + " ./mvnw compile lifeos:run-migrations -Dlifeos.skip=true -Dlifeos.typecheck.skip=true"
              + " (the release workflows do). Nothing was changed.");
    }
  }

  /** Flyway's view of the database; a database that cannot be reached is the user's to fix. */
  private MigrationInfoService state(Flyway flyway, String target) throws Exception {
    try {
      return FlywayLogBridge.with(log, flyway::info);
    } catch (FlywayException e) {
      SQLException cause = MigrationFailure.cause(e, SQLException.class);
      throw new GateFailure(
          "Could not read the migration state of "
              + target
              + ": "
              + MigrationFailure.firstLine(cause != null ? cause.getMessage() : e.getMessage())
              + " Check the URL ("
              + TargetDatabase.URL_VARIABLE
              + " or -D"
              + TargetDatabase.URL_PROPERTY
              + "), the user and password ("
              + TargetDatabase.USER_VARIABLE
              + ", "
              + TargetDatabase.PASSWORD_VARIABLE
              + "), and that the database accepts connections from here. Nothing was changed.");
    }
  }

  private MigrationInfoService stateAfterFailure(Flyway reader) {
    try {
      return FlywayLogBridge.with(log, reader::info);
    } catch (Exception unreachable) {
      log.warn("Could not read the migration state after the failure: " + unreachable.getMessage());
      return null;
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

  private String failure(
      FlywayException e,
      List<MigrationLocation> locations,
      List<Migration> java,
      List<RunResult.Step> applied,
      MigrationInfoService before,
      MigrationInfoService after,
      String target) {
    Optional<MigrationFailure> failed = MigrationFailure.of(e, locations, java);
    if (failed.isEmpty()) {
      SQLException cause = MigrationFailure.cause(e, SQLException.class);
      return "run-migrations failed on "
          + target
          + ": "
          + MigrationFailure.firstLine(cause != null ? cause.getMessage() : e.getMessage())
          + "\n"
          + appliedBefore(applied)
          + after(after, before)
          + "\nThe deploy stops here. Alert the DB team with this log.";
    }
    MigrationFailure failure = failed.get();
    String name = failure.script();
    boolean recordedAsFailed =
        after != null
            && Arrays.stream(after.all())
                .anyMatch(info -> info.getState().isFailed() && name.equals(info.getScript()));
    StringBuilder text =
        new StringBuilder("run-migrations failed: ")
            .append(name)
            .append(failure.where())
            .append(" -> ")
            .append(failure.error())
            .append('\n');
    if (recordedAsFailed || !failure.inTransaction()) {
      text.append("The database may have been changed: ")
          .append(name)
          .append(
              failure.inTransaction()
                  ? " ran on a database that cannot roll back DDL"
                  : " ran outside a transaction")
          .append(", so any of its statements before the failing one stay")
          .append(recordedAsFailed ? ", and Flyway recorded it as failed. " : ". ")
          .append(capitalized(appliedBefore(applied)))
          .append(after(after, before))
          .append(
              "\nThe DB team must check it by hand and undo or finish its partial changes"
                  + (recordedAsFailed ? ", then run flyway repair," : "")
                  + " before it can run again.");
    } else if (applied.isEmpty()) {
      text.append("The database was left unchanged: ")
          .append(product())
          .append(" rolled back ")
          .append(name)
          .append(" (each migration runs in its own transaction) and nothing was applied before it")
          .append(after(after, before))
          .append(
              "\nFix the migration (it is not recorded as applied, so a corrected version can be"
                  + " released) or ask the DB team.");
    } else {
      text.append(product())
          .append(" rolled back ")
          .append(name)
          .append(" (each migration runs in its own transaction); ")
          .append(appliedBefore(applied))
          .append(after(after, before))
          .append(
              "\nFix the migration (it is not recorded as applied, so a corrected version can be"
                  + " released) or ask the DB team.");
    }
    return text.append("\nThe deploy stops here.").toString();
  }

  private static String appliedBefore(List<RunResult.Step> applied) {
    return applied.isEmpty()
        ? ""
        : "the "
            + count(applied.size(), "migration")
            + " applied before it in this run stay"
            + (applied.size() == 1 ? "s" : "")
            + " ("
            + applied.stream().map(RunResult.Step::key).collect(Collectors.joining(", "))
            + ")";
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? "It" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String after(MigrationInfoService after, MigrationInfoService before) {
    if (after == null) {
      return "; its state could not be read afterwards.";
    }
    Optional<String> now = version(after.current());
    if (now.equals(version(before.current()))) {
      return now.map(v -> ": it is still at version " + label(after.current()) + ".")
          .orElse(": it is still empty.");
    }
    return ": it is now at version "
        + label(after.current())
        + " (was "
        + version(before.current()).map(v -> "version " + v).orElse("empty")
        + ").";
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

  private static Optional<String> version(MigrationInfo info) {
    return info == null || info.getVersion() == null
        ? Optional.empty()
        : Optional.of(Migration.canonical(info.getVersion()));
  }

  /** {@code 3 (add category)}. */
  private static String label(MigrationInfo info) {
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
