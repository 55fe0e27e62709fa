package dev.lifeos.maven.smoke;

import java.time.Duration;

/**
 * The outcome of one check of a smoke test.
 *
 * @param name what was checked ({@code GET /health})
 * @param url the URL called
 * @param outcome passed, failed, or warned (an optional endpoint that failed)
 * @param detail what was seen: the status and body, or why the call failed
 * @param attempts how many calls it took
 */
public record SmokeCheck(
    String name, String url, Outcome outcome, String detail, int attempts, Duration time) {
  public enum Outcome {
    PASSED,
    FAILED,
    WARNED
  }

  public boolean failed() {
    return outcome == Outcome.FAILED;
  }
}
