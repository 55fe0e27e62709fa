package dev.lifeos.maven.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReleaseTagTest {
  @Test
  void parameterComesFirst() {
    assertThat(
            ReleaseTag.resolve(" v1.0.0 ", Map.of("GITHUB_REF_NAME", "v2.0.0"), List.of("v3.0.0")))
        .contains(new ReleaseTag("v1.0.0", "parameter lifeos.release.tag"));
  }

  @Test
  void thenGitHubsRefNameOfATagBuild() {
    assertThat(
            ReleaseTag.resolve(
                null,
                Map.of("GITHUB_REF", "refs/tags/v2.0.0", "GITHUB_REF_NAME", "v2.0.0"),
                List.of("v3.0.0")))
        .contains(new ReleaseTag("v2.0.0", "GITHUB_REF_NAME"));
  }

  @Test
  void aBranchBuildsRefNameIsNotATag() {
    assertThat(
            ReleaseTag.resolve(
                null,
                Map.of("GITHUB_REF", "refs/heads/main", "GITHUB_REF_NAME", "main"),
                List.of("v3.0.0")))
        .contains(new ReleaseTag("v3.0.0", "git tag at HEAD"));
  }

  @Test
  void thenATagAtHeadPreferringReleaseTags() {
    assertThat(ReleaseTag.resolve("", Map.of(), List.of("deployed", "v3.0.0")))
        .contains(new ReleaseTag("v3.0.0", "git tag at HEAD"));
  }

  @Test
  void noneWhenNothingNamesOne() {
    assertThat(ReleaseTag.resolve(null, Map.of(), List.of())).isEmpty();
  }
}
