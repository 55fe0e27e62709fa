package dev.lifeos.maven.timing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * Collects start and end of plugin executions from any number of build threads ({@code -T 2}). An
 * execution whose start was not seen (it began before recording did) is timed from the moment
 * recording began.
 */
public final class TimingRecorder {
  private final LongSupplier nanoClock;
  private final StageRules rules;
  private final long originNanos;
  private final Map<Execution, Long> running = new ConcurrentHashMap<>();
  private final Queue<TimedExecution> finished = new ConcurrentLinkedQueue<>();

  public TimingRecorder(StageRules rules, LongSupplier nanoClock) {
    this.rules = rules;
    this.nanoClock = nanoClock;
    this.originNanos = nanoClock.getAsLong();
  }

  public void started(Execution execution) {
    running.put(execution, nanoClock.getAsLong());
  }

  public void finished(Execution execution, boolean succeeded) {
    long end = nanoClock.getAsLong();
    Long start = running.remove(execution);
    long from = start == null ? originNanos : start;
    finished.add(
        new TimedExecution(
            execution,
            rules.stageOf(execution),
            toMillis(from - originNanos),
            toMillis(end - from),
            succeeded));
  }

  /** Milliseconds since recording began. */
  public long elapsedMillis() {
    return toMillis(nanoClock.getAsLong() - originNanos);
  }

  /** Every finished execution, in the order they started. */
  public List<TimedExecution> executions() {
    return finished.stream().sorted(Comparator.comparingLong(TimedExecution::startMillis)).toList();
  }

  private static long toMillis(long nanos) {
    return nanos / 1_000_000;
  }
}
