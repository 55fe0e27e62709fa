package dev.lifeos.maven.release;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the tag of a release comes from, in order: the goal's parameter; {@code GITHUB_REF_NAME}
 * when the workflow runs for a tag; a tag that points at HEAD ({@code git describe --exact-match}).
 */
public record ReleaseTag(String name, String source) {
  public static final String GITHUB_REF = "GITHUB_REF";
  public static final String GITHUB_REF_NAME = "GITHUB_REF_NAME";

  /**
   * The release tag, or empty when none of the sources names one.
   *
   * @param parameter the goal's {@code tag} parameter, may be null
   * @param environment the process environment
   * @param tagsAtHead tags pointing at HEAD, in any order; release tags ({@code v*}) are preferred
   */
  public static Optional<ReleaseTag> resolve(
      String parameter, Map<String, String> environment, List<String> tagsAtHead) {
    if (parameter != null && !parameter.isBlank()) {
      return Optional.of(new ReleaseTag(parameter.trim(), "parameter lifeos.release.tag"));
    }
    String ref = environment.getOrDefault(GITHUB_REF, "");
    String refName = environment.getOrDefault(GITHUB_REF_NAME, "");
    if (!refName.isBlank() && (ref.isBlank() || ref.startsWith("refs/tags/"))) {
      return Optional.of(new ReleaseTag(refName.trim(), GITHUB_REF_NAME));
    }
    return preferred(tagsAtHead).map(tag -> new ReleaseTag(tag, "git tag at HEAD"));
  }

  /**
   * Of the tags at one commit, a release tag ({@code v<semver>}) if there is one, else the first.
   */
  public static Optional<String> preferred(List<String> tagsAtHead) {
    return tagsAtHead.stream()
        .filter(tag -> SemVer.parseTag(tag).isPresent())
        .findFirst()
        .or(() -> tagsAtHead.stream().findFirst());
  }

  @Override
  public String toString() {
    return name + " (from " + source + ")";
  }
}
