package dev.lifeos.maven.migrations.db;

import java.time.Duration;

/**
 * The moment an apply must be over: starting the database, connecting, every migration and
 * stopping. Every wait of an apply takes what is left of it, so the goal ends in bounded time
 * whatever the database does.
 */
public final class Deadline {
  private final long end;

  private Deadline(Duration limit) {
    this.end = System.nanoTime() + limit.toNanos();
  }

  /** A deadline {@code limit} from now. */
  public static Deadline after(Duration limit) {
    if (limit.isZero() || limit.isNegative()) {
      throw new IllegalArgumentException("a deadline must be in the future");
    }
    return new Deadline(limit);
  }

  /** What is left, zero once it has passed. */
  public Duration remaining() {
    return Duration.ofNanos(Math.max(0, end - System.nanoTime()));
  }

  /** What is left, but at most {@code cap}: for one step that has a bound of its own. */
  public Duration remaining(Duration cap) {
    Duration left = remaining();
    return left.compareTo(cap) < 0 ? left : cap;
  }
}
