package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.migrations.db.MigrationLog;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * One line per migration applied, with its time, as Flyway applies them (its callbacks around each
 * migration): a long run shows where it is. It runs no SQL, so it may run inside the migration's
 * transaction.
 */
final class Progress implements Callback {
  private final MigrationLog log;
  private final int pending;
  private final List<RunResult.Step> applied = new ArrayList<>();
  private long started;

  Progress(MigrationLog log, int pending) {
    this.log = log;
    this.pending = pending;
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  @Override
  public void handle(Event event, Context context) {
    if (event == Event.BEFORE_EACH_MIGRATE) {
      started = System.nanoTime();
      return;
    }
    RunResult.Step step = MigrationRun.step(context.getMigrationInfo());
    long millis = (System.nanoTime() - started) / 1_000_000;
    applied.add(new RunResult.Step(step.key(), step.description(), step.script(), millis));
    log.info(
        "Applied "
            + step.label()
            + " ("
            + step.script()
            + ") in "
            + MigrationRun.duration(millis)
            + " ["
            + applied.size()
            + "/"
            + pending
            + "]");
  }

  @Override
  public String getCallbackName() {
    return "lifeos-run-migrations-progress";
  }

  /** The migrations applied so far, in order. */
  List<RunResult.Step> applied() {
    return List.copyOf(applied);
  }
}
