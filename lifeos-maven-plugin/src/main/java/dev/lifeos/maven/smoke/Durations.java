package dev.lifeos.maven.smoke;

import dev.lifeos.maven.support.GateFailure;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as users write them in properties: {@code 500ms}, {@code 2s}, {@code 1m}. */
public final class Durations {
  private static final Pattern DURATION = Pattern.compile("^(\\d{1,9})\\s*(ms|s|m)?$");

  private Durations() {}

  /** A bare number is milliseconds. */
  public static Duration parse(String text, String property) throws GateFailure {
    Matcher m = DURATION.matcher(text == null ? "" : text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new GateFailure(
          property
              + " is '"
              + text
              + "': write a duration such as 500ms, 2s or 1m (a bare number is milliseconds).");
    }
    long amount = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "ms" : m.group(2);
    return switch (unit) {
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      default -> Duration.ofMillis(amount);
    };
  }
}
