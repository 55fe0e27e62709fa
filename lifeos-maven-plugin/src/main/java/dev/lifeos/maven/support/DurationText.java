package dev.lifeos.maven.support;

import java.time.Duration;
import java.util.Locale;

/**
 * How every message and report writes a time taken: {@code 850 ms}, {@code 12.3 s}, {@code 2 min 05
 * s}.
 */
public final class DurationText {
  private DurationText() {}

  public static String of(Duration duration) {
    return of(duration.toMillis());
  }

  public static String of(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    return String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, (millis % 60_000) / 1000);
  }
}
