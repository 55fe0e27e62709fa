package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.MigrationTracker;
import dev.lifeos.maven.support.DurationText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One line per migration applied, with its time, as Flyway applies them: a long run shows where it
 * is.
 */
final class Progress implements Consumer<MigrationTracker.Ran> {
  private final MigrationLog log;
  private final int pending;
  private final List<RunResult.Step> applied = new ArrayList<>();

  Progress(MigrationLog log, int pending) {
    this.log = log;
    this.pending = pending;
  }

  @Override
  public synchronized void accept(MigrationTracker.Ran ran) {
    RunResult.Step step = MigrationRun.step(ran.migration());
    applied.add(new RunResult.Step(step.key(), step.description(), step.script(), ran.millis()));
    log.info(
        "Applied "
            + step.label()
            + " ("
            + step.script()
            + ") in "
            + DurationText.of(ran.millis())
            + " ["
            + applied.size()
            + "/"
            + pending
            + "]");
  }

  /** The migrations applied so far, in order. */
  synchronized List<RunResult.Step> applied() {
    return List.copyOf(applied);
  }
}
