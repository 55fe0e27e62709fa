package dev.lifeos.maven.audit;

import dev.lifeos.maven.support.GateFailure;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Judges the age of a dependency audit's NVD data against the age a pipeline accepts: an audit on
 * old data passes a dependency whose vulnerability was published since. The messages are the
 * documentation: the age, the limit and how to update the data.
 */
public final class DataFreshness {
  /** How to refresh the data directory the audit reads (docs/gates.md#dependency-audit). */
  static final String UPDATE =
      "./mvnw -N dependency-check:update-only -Dlifeos.audit.skip=false (lifeos-nightly.yml's dependency-audit"
          + " job runs it on the cached data directory)";

  private final Duration maxAge;
  private final String spelled;

  private DataFreshness(Duration maxAge, String spelled) {
    this.maxAge = maxAge;
    this.spelled = spelled;
  }

  /** The limit as ISO-8601 ({@code P7D}, {@code PT36H}), named by {@code property} in errors. */
  public static DataFreshness parse(String maxAge, String property) throws GateFailure {
    Duration parsed;
    try {
      parsed = Duration.parse(maxAge.trim());
    } catch (DateTimeParseException e) {
      throw new GateFailure(
          property
              + " is \""
              + maxAge
              + "\", not an ISO-8601 duration: write days as P7D, hours as PT36H.");
    }
    if (parsed.isNegative() || parsed.isZero()) {
      throw new GateFailure(property + " is " + maxAge + ": give a positive duration, e.g. P7D.");
    }
    return new DataFreshness(parsed, maxAge.trim());
  }

  public Duration maxAge() {
    return maxAge;
  }

  /** Whether {@code data} is too old at {@code now}, and the sentence that says so. */
  public Verdict judge(NvdDataAge data, Instant now) {
    Duration age = data.age(now).truncatedTo(ChronoUnit.SECONDS);
    String facts =
        "last modified "
            + data.lastModified()
            + data.lastChecked().map(checked -> ", last checked " + checked).orElse("");
    if (age.compareTo(maxAge) <= 0) {
      return new Verdict(
          false,
          age,
          "The dependency audit's NVD data is "
              + describe(age)
              + " old ("
              + facts
              + "), within lifeos.audit.maxDataAge "
              + spelled
              + ".");
    }
    return new Verdict(
        true,
        age,
        "The dependency audit ran on NVD data "
            + describe(age)
            + " old ("
            + facts
            + "), older than lifeos.audit.maxDataAge "
            + spelled
            + ": a vulnerability published since is unknown to it. Update the data directory: "
            + UPDATE
            + "; or point lifeos.audit.nvdDatafeedUrl at a mirror that is kept up to date.");
  }

  /** {@code 12 days 3 hours}, {@code 5 hours 2 minutes}, {@code 40 seconds}. */
  static String describe(Duration age) {
    long days = age.toDays();
    long hours = age.toHoursPart();
    long minutes = age.toMinutesPart();
    if (days > 0) {
      return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
    }
    if (hours > 0) {
      return plural(hours, "hour") + (minutes > 0 ? " " + plural(minutes, "minute") : "");
    }
    return minutes > 0 ? plural(minutes, "minute") : plural(age.toSecondsPart(), "second");
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  /** The outcome: {@code stale} when the data is older than the limit. */
  public record Verdict(boolean stale, Duration age, String message) {}
}
