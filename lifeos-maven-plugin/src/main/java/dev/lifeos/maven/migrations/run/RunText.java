package dev.lifeos.maven.migrations.run;

import static dev.lifeos.maven.support.Words.plural;

import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationLocation;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.ApplyStopped;
import dev.lifeos.maven.migrations.db.DatabaseVariables;
import dev.lifeos.maven.rules.Finding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The words of run-migrations: its state lines, and its refusals, each of which says what to do and
 * that nothing was changed (docs/goals/run-migrations.md quotes them). What a failed migration left
 * is {@link RunFailure}'s.
 */
final class RunText {
  private RunText() {}

  // ----- refusals before anything is changed -----

  static String noDatabaseUrl() {
    return "No database URL: run-migrations applies migrations only to a database named"
        + " explicitly. Set "
        + DatabaseVariables.URL_VARIABLE
        + " (in CI: a secret of the GitHub environment) or -D"
        + DatabaseVariables.URL_PROPERTY
        + "=jdbc:postgresql://host:5432/db, with the user and password in "
        + DatabaseVariables.USER_VARIABLE
        + " and "
        + DatabaseVariables.PASSWORD_VARIABLE
        + " (or -Dlifeos.db.user, -Dlifeos.db.password). Nothing was changed.";
  }

  static String productionNotApproved() {
    return "Refusing to migrate production without approval: run with"
        + " -Dlifeos.migrations.productionApproved=true on the command line of this run. The"
        + " release workflow passes it in migrate-production, which runs only after the"
        + " reviewers of the GitHub environment 'production' approved. Nothing was changed.";
  }

  static String catalogProblems(List<Finding> problems) {
    return "Refusing to migrate: the migrations have problems that check-migrations reports (run"
        + " ./mvnw lifeos:check-migrations). Nothing was changed.\n"
        + problems.stream()
            .map(p -> "  " + p.message() + " Fix: " + p.fix() + ".")
            .collect(Collectors.joining("\n"));
  }

  /**
   * A migration recorded as failed blocks every migrate: how the DB team recovers.
   *
   * @param name the failed migration's script
   * @param leftovers indexes its CONCURRENTLY builds left behind
   */
  static String failedInHistory(String target, String name, List<InterruptedIndex> leftovers) {
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
    return text.append("\nTo recover, the DB team (docs/runbook.md, \"Recover a half-applied")
        .append(" migration\"): 1. compares the database with ")
        .append(name)
        .append(" and undoes or finishes what ran; 2. removes the failed row with flyway")
        .append(" repair on this database (the Flyway CLI, or ./mvnw flyway:repair with its")
        .append(" URL); 3. runs the deploy again. Nothing was changed.")
        .toString();
  }

  /** A Java migration whose class is missing: compile in the same run. */
  static String notCompiled(String problem) {
    return problem
        + " Java migrations are applied from their compiled classes: compile in the same run,"
        + " ./mvnw compile lifeos:run-migrations -Dlifeos.skip=true -Dlifeos.typecheck.skip=true"
        + " (the release workflows do). Nothing was changed.";
  }

  /** The database's migration state could not be read: how it is named, and how to reach it. */
  static String unreadableState(ApplyStopped stopped, String target) {
    return (stopped.kind() == ApplyStopped.Kind.CANNOT_CONNECT
            ? stopped.what()
            : "Could not read the migration state of " + target + ": " + stopped.what())
        + ". Check the URL ("
        + DatabaseVariables.URL_VARIABLE
        + " or -D"
        + DatabaseVariables.URL_PROPERTY
        + "), the user and password ("
        + DatabaseVariables.USER_VARIABLE
        + ", "
        + DatabaseVariables.PASSWORD_VARIABLE
        + "), and that the database accepts connections from here"
        + stopped
            .fix()
            .filter(fix -> stopped.kind() != ApplyStopped.Kind.CANNOT_CONNECT)
            .map(fix -> "; " + fix)
            .orElse("; on a slow network raise -D" + ApplyOptions.CONNECT_TIMEOUT)
        + ". Nothing was changed.";
  }

  /** Flyway's validate failed: a released migration was edited, renamed or deleted here. */
  static String validateRefused(String target, String flywayMessage) {
    return "Flyway refused to migrate "
        + target
        + ": the migrations here do not match what the database already ran. Nothing was"
        + " changed.\n"
        + Arrays.stream(String.valueOf(flywayMessage).split("\n"))
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("Need more flexibility"))
            .map(line -> "  " + line)
            .collect(Collectors.joining("\n"))
        + "\nA migration that ran there was edited, renamed or deleted here (check-migrations"
        + " reports this on the pull request): restore it as it was released, and put the"
        + " change in a new migration.";
  }

  // ----- dangerous operations -----

  /** One unapproved migration: why, then the fix on its own line. */
  static String unapproved(String migration, String whyNotApproved, String fix) {
    return migration + " " + whyNotApproved + "\n      Fix: " + fix + ".";
  }

  static String productionRefusesUnapproved(List<String> unapproved) {
    return "Refusing to migrate production: "
        + plural(unapproved.size(), "pending migration")
        + " with dangerous operations the DB team has not approved. Nothing was changed.\n  "
        + String.join("\n  ", unapproved);
  }

  /** Outside production an unapproved migration is applied, with this warning. */
  static String productionWillRefuse(String unapproved) {
    return unapproved + " (production refuses it until the DB team approves it)";
  }

  // ----- state -----

  static String noMigrations(List<MigrationLocation> locations, List<String> configured) {
    return "No migrations in "
        + (locations.isEmpty() ? String.join(", ", configured) : locations)
        + ": nothing to apply.";
  }

  /** "Database ... (environment staging): at version 3 (add category)." */
  static String before(String target, TargetEnvironment environment, MigrationInfo current) {
    return "Database "
        + target
        + " (environment "
        + environment.id()
        + "): "
        + MigrationRun.version(current)
            .map(v -> "at version " + label(current))
            .orElse("empty, no schema history yet")
        + ".";
  }

  /** "Pending: none.", or a count and one line per migration. */
  static List<String> pending(List<RunResult.Step> pending) {
    if (pending.isEmpty()) {
      return List.of("Pending: none.");
    }
    List<String> lines = new ArrayList<>();
    lines.add("Pending: " + plural(pending.size(), "migration") + ":");
    pending.forEach(step -> lines.add("  " + step.label() + " (" + step.script() + ")"));
    return lines;
  }

  static String upToDate(MigrationInfo current) {
    return "Nothing to apply: the database is already at "
        + MigrationRun.version(current)
            .map(v -> "version " + label(current))
            .orElse("the latest migration")
        + ", the latest migration. Running again changes nothing.";
  }

  /**
   * @param applied how many this run applied
   * @param pending how many were pending: another run applied the rest while this one waited
   * @param took how long it took, formatted
   */
  static String applied(MigrationInfo current, int applied, int pending, String took) {
    String byOthers =
        applied < pending
            ? " ("
                + (pending - applied)
                + " of the "
                + plural(pending, "pending migration")
                + " applied meanwhile by another run: this one waited for Flyway's lock)"
            : "";
    return "Database now at version "
        + label(current)
        + ", the latest migration: "
        + plural(applied, "migration")
        + " applied in "
        + took
        + byOthers
        + ".";
  }

  static String newerRelease(MigrationInfo current, MigrationVersion latest) {
    return "The database is at version "
        + label(current)
        + ", above this build's latest migration V"
        + Migration.canonical(latest)
        + ": a newer release migrated it (this build is older, e.g. a rollback of the"
        + " application). Nothing to apply; the schema stays as it is.";
  }

  static String verificationFailed(
      String target,
      MigrationInfo current,
      Optional<MigrationVersion> latest,
      List<RunResult.Step> stillPending) {
    return "Verification failed on "
        + target
        + ": the database is at "
        + MigrationRun.version(current).map(v -> "version " + v).orElse("no version")
        + ", but the latest migration is "
        + latest.map(v -> "V" + Migration.canonical(v)).orElse("none")
        + (stillPending.isEmpty()
            ? ""
            : "; still pending: "
                + stillPending.stream().map(RunResult.Step::key).collect(Collectors.joining(", ")))
        + ". Check Flyway's settings (target, outOfOrder) and the schema history table.";
  }

  /** {@code 3 (add category)}. */
  static String label(MigrationInfo info) {
    return Migration.canonical(info.getVersion()) + " (" + info.getDescription() + ")";
  }
}
