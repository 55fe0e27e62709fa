package dev.lifeos.maven.mltests;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Spec 6.4, "skip ML tests by default; run them only if the change touches ML code or assets":
 * decides which JUnit tags Surefire leaves out, given what the branch changed.
 *
 * @param excludedGroups the tags left out before this decision ({@code integration,ml,slow})
 * @param mlTag the tag of ML tests ({@code ml})
 * @param mlPaths where ML code and assets live
 */
public record MlTestSelection(String excludedGroups, String mlTag, PathGlobs mlPaths) {

  /** The tags Surefire leaves out, and the one line that says why. */
  public record Selection(String excludedGroups, String message) {}

  /**
   * True when there is something to decide: ML tests are left out unless a change asks for them.
   */
  public boolean excludesMlTests() {
    return tags().contains(mlTag);
  }

  /**
   * @param changedPaths files changed since the fork point, relative to the work tree
   * @param comparedWith how the message names the comparison: {@code origin/main (fork point x)}
   */
  public Selection select(List<String> changedPaths, String comparedWith) {
    List<String> matching = mlPaths.matching(changedPaths);
    if (matching.isEmpty()) {
      return new Selection(
          excludedGroups,
          "ML tests (tag "
              + mlTag
              + ") skipped: no file changed since "
              + comparedWith
              + " matches "
              + mlPaths
              + ".");
    }
    String without =
        tags().stream().filter(tag -> !tag.equals(mlTag)).collect(Collectors.joining(","));
    return new Selection(
        without,
        "ML tests (tag "
            + mlTag
            + ") run: "
            + matching.size()
            + (matching.size() == 1 ? " changed file matches " : " changed files match ")
            + mlPaths
            + " since "
            + comparedWith
            + ", e.g. "
            + matching.get(0)
            + ".");
  }

  private List<String> tags() {
    return Arrays.stream(excludedGroups.split(","))
        .map(String::trim)
        .filter(t -> !t.isEmpty())
        .toList();
  }
}
