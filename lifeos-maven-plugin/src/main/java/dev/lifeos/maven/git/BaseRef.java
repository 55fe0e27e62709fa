package dev.lifeos.maven.git;

import java.util.Map;
import java.util.Optional;

/**
 * The ref a branch is compared with ("what is new on this branch"), shared by every goal that looks
 * at a diff: check-migrations, diff-coverage, ml tests by path.
 *
 * <p>Order: the goal's parameter, else {@code GITHUB_BASE_REF} (set by GitHub Actions on pull
 * requests) as {@code origin/<ref>}, else none, and the goal skips its branch checks with an info
 * line.
 */
public final class BaseRef {
  public static final String GITHUB_BASE_REF = "GITHUB_BASE_REF";

  private BaseRef() {}

  public static Optional<String> resolve(String configured, Map<String, String> environment) {
    if (configured != null && !configured.isBlank()) {
      return Optional.of(configured.trim());
    }
    String fromActions = environment.get(GITHUB_BASE_REF);
    if (fromActions != null && !fromActions.isBlank()) {
      return Optional.of("origin/" + fromActions.trim());
    }
    return Optional.empty();
  }

  /** The info line a goal logs when there is nothing to compare with. */
  public static String noneMessage(String check) {
    return "No base ref: "
        + check
        + " skipped. Set -Dlifeos.baseRef=origin/main (GITHUB_BASE_REF sets it on pull requests).";
  }
}
