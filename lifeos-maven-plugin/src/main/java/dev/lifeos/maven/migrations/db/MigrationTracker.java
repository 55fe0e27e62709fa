package dev.lifeos.maven.migrations.db;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Follows Flyway's migrate from its callbacks around each migration: which migration is running,
 * and which have run, with their times. It is what names the migration when the apply stops without
 * Flyway saying which (a deadline, a lost connection, a crash in the database's parser). It runs no
 * SQL, so it may run inside a migration's transaction. Written by the apply's thread, read by the
 * goal's.
 */
public final class MigrationTracker implements Callback {
  /** A migration Flyway ran to its end, and how long it took. */
  public record Ran(MigrationInfo migration, long millis) {}

  private final Consumer<Ran> onRan;
  private final List<Ran> ran = new CopyOnWriteArrayList<>();
  private volatile MigrationInfo running;
  private volatile long started;

  /** {@code onRan} hears of each migration as it ends (progress lines). */
  public MigrationTracker(Consumer<Ran> onRan) {
    this.onRan = onRan;
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
      running = context.getMigrationInfo();
      return;
    }
    Ran done = new Ran(context.getMigrationInfo(), (System.nanoTime() - started) / 1_000_000);
    running = null;
    ran.add(done);
    onRan.accept(done);
  }

  @Override
  public String getCallbackName() {
    return "lifeos-migration-tracker";
  }

  /** The migration started and not ended (it is running, or it is the one that failed). */
  public Optional<MigrationInfo> running() {
    return Optional.ofNullable(running);
  }

  /** When the running migration started ({@link System#nanoTime}). */
  Optional<Long> runningSince() {
    long since = started;
    return running == null ? Optional.empty() : Optional.of(since);
  }

  /** The migrations that ran to their end, in order. */
  public List<Ran> ran() {
    return List.copyOf(ran);
  }
}
