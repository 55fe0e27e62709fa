package dev.lifeos.maven.migrations.run;

import static dev.lifeos.maven.support.Words.plural;

import dev.lifeos.maven.migrations.db.ApplyStopped;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * What run-migrations says when a migration does not go through: what failed and why, the state the
 * database is in (read from the schema history afterwards), how to recover, and that the deploy
 * stops. The state is the DB team's starting point, so it says plainly what stays and what not.
 */
final class RunFailure {
  private final ApplyStopped stopped;
  private final String target;
  private final String product;
  private final List<RunResult.Step> applied;
  private final MigrationInfoService before;
  private final Optional<MigrationInfoService> after;
  private final List<InterruptedIndex> leftovers;

  /**
   * @param target the database as logs name it
   * @param product "PostgreSQL", or "The database" for another one
   * @param applied the migrations this run applied before the failure, as the history records them
   * @param leftovers indexes that the failed migration's CONCURRENTLY builds left behind
   */
  RunFailure(
      ApplyStopped stopped,
      String target,
      String product,
      List<RunResult.Step> applied,
      MigrationInfoService before,
      Optional<MigrationInfoService> after,
      List<InterruptedIndex> leftovers) {
    this.stopped = stopped;
    this.target = target;
    this.product = product;
    this.applied = applied;
    this.before = before;
    this.after = after;
    this.leftovers = leftovers;
  }

  String text() {
    if (stopped.script().isEmpty()) {
      return "run-migrations failed on "
          + target
          + ": "
          + stopped.what()
          + "\n"
          + capitalized(state(""))
          + fix().map(fix -> "\nFix: " + fix + ".").orElse("")
          + "\nThe deploy stops here. Alert the DB team with this log.";
    }
    String name = stopped.script().get();
    boolean recordedAsFailed =
        after
            .map(a -> Arrays.stream(a.all()))
            .orElseGet(java.util.stream.Stream::empty)
            .anyMatch(info -> info.getState().isFailed() && name.equals(info.getScript()));
    StringBuilder text =
        new StringBuilder("run-migrations failed: ")
            .append(name)
            .append(stopped.where())
            .append(" -> ")
            .append(stopped.what())
            .append('\n');
    if (recordedAsFailed || !stopped.inTransaction()) {
      text.append("The database may have been changed: ")
          .append(name)
          .append(
              stopped.inTransaction()
                  ? " ran on a database that cannot roll back DDL"
                  : " ran outside a transaction")
          .append(", so any of its statements before the failing one stay")
          .append(recordedAsFailed ? ", and Flyway recorded it as failed. " : ". ")
          .append(capitalized(state(" before it")));
      leftovers.forEach(index -> text.append('\n').append(index.advice(name)));
      text.append(
              "\nThe DB team must check it by hand: undo or finish its partial changes so that ")
          .append(name)
          .append(" can run again from its start")
          .append(recordedAsFailed ? ", remove the failed row with flyway repair" : "")
          .append(", then deploy again (docs/runbook.md, \"Recover a half-applied migration\").");
      fix().ifPresent(fix -> text.append("\nFix: ").append(fix).append('.'));
    } else {
      if (applied.isEmpty()) {
        text.append("The database was left unchanged: ")
            .append(product)
            .append(" rolled back ")
            .append(name)
            .append(" (each migration runs in its own transaction) and nothing was applied before")
            .append(" it: ")
            .append(version());
      } else {
        text.append(product)
            .append(" rolled back ")
            .append(name)
            .append(" (each migration runs in its own transaction); ")
            .append(state(" before it"));
      }
      text.append(
          fix()
              .map(fix -> "\nFix: " + fix + ".")
              .orElse(
                  "\nFix the migration (it is not recorded as applied, so a corrected version can"
                      + " be released) or ask the DB team."));
    }
    return text.append("\nThe deploy stops here.").toString();
  }

  private Optional<String> fix() {
    return stopped.fix();
  }

  /**
   * {@code the 2 migrations applied before it in this run stay (V1, V2): it is now at version 2
   * (...) (was empty).}, or {@code nothing was applied before it in this run: it is still at ...}.
   */
  private String state(String beforeIt) {
    return (applied.isEmpty()
            ? "nothing was applied" + beforeIt + " in this run"
            : "the "
                + plural(applied.size(), "migration")
                + " applied"
                + beforeIt
                + " in this run stay"
                + (applied.size() == 1 ? "s" : "")
                + " ("
                + applied.stream().map(RunResult.Step::key).collect(Collectors.joining(", "))
                + ")")
        + ": "
        + version();
  }

  /** {@code it is still at version 3 (add category).}, {@code it is now at version ...}. */
  private String version() {
    if (after.isEmpty()) {
      return "its state could not be read afterwards.";
    }
    MigrationInfo now = MigrationRun.lastApplied(after.get());
    Optional<String> was = MigrationRun.version(MigrationRun.lastApplied(before));
    if (MigrationRun.version(now).equals(was)) {
      return was.map(v -> "it is still at version " + RunText.label(now) + ".")
          .orElse("it is still empty.");
    }
    return "it is now at version "
        + RunText.label(now)
        + " (was "
        + was.map(v -> "version " + v).orElse("empty")
        + ").";
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
