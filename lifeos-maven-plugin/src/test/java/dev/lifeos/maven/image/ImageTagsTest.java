package dev.lifeos.maven.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.image.BuildContext.GitState;
import dev.lifeos.maven.support.GateFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every trigger of the spec's tagging table (7.2), from GitHub's variables and from git. */
class ImageTagsTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  private static final String SHORT = "0123456";

  private static ImageTags.Tags fromGitHub(String event, String ref) throws GateFailure {
    return ImageTags.compute(
        BuildContext.resolve(
                Map.of("GITHUB_EVENT_NAME", event, "GITHUB_REF", ref, "GITHUB_SHA", SHA),
                GitState.NONE)
            .orElseThrow(),
        7);
  }

  private static ImageTags.Tags fromGit(GitState git) throws GateFailure {
    return ImageTags.compute(BuildContext.resolve(Map.of(), git).orElseThrow(), 7);
  }

  @Test
  void pullRequestIsPrNumberShaAndNotPushed() throws Exception {
    ImageTags.Tags tags = fromGitHub("pull_request", "refs/pull/42/merge");

    assertThat(tags.trigger()).isEqualTo(Trigger.PULL_REQUEST);
    assertThat(tags.tags()).containsExactly("pr-42-" + SHORT);
    assertThat(tags.push()).isFalse();
  }

  @Test
  void mainPushIsShaAndMain() throws Exception {
    ImageTags.Tags tags = fromGitHub("push", "refs/heads/main");

    assertThat(tags.trigger()).isEqualTo(Trigger.BRANCH);
    assertThat(tags.tags()).containsExactly(SHORT, "main");
    assertThat(tags.push()).isTrue();
  }

  @Test
  void developPushIsShaAndDevelop() throws Exception {
    assertThat(fromGitHub("push", "refs/heads/develop").tags()).containsExactly(SHORT, "develop");
  }

  @Test
  void releaseTagIsSemverShaAndLatest() throws Exception {
    ImageTags.Tags tags = fromGitHub("push", "refs/tags/v1.4.0");

    assertThat(tags.trigger()).isEqualTo(Trigger.RELEASE);
    assertThat(tags.tags()).containsExactly("1.4.0", SHORT, "latest");
    assertThat(tags.release()).map(Object::toString).contains("1.4.0");
  }

  @Test
  void preReleaseTagDoesNotMoveLatest() throws Exception {
    assertThat(fromGitHub("push", "refs/tags/v2.0.0-rc.1").tags())
        .containsExactly("2.0.0-rc.1", SHORT);
  }

  @Test
  void buildMetadataPlusBecomesUnderscore() throws Exception {
    assertThat(fromGitHub("push", "refs/tags/v2.0.0+build.5").tags())
        .containsExactly("2.0.0_build.5", SHORT, "latest");
  }

  @Test
  void otherBranchesAndTagsGetAValidTagOfTheirName() throws Exception {
    assertThat(fromGitHub("push", "refs/heads/feature/JIRA-7 fix").tags())
        .containsExactly(SHORT, "feature-JIRA-7-fix");
    ImageTags.Tags other = fromGitHub("push", "refs/tags/deployed/staging");
    assertThat(other.trigger()).isEqualTo(Trigger.TAG);
    assertThat(other.tags()).containsExactly(SHORT, "deployed-staging");
  }

  @Test
  void workflowDispatchOnMainIsAMainBuild() throws Exception {
    assertThat(fromGitHub("workflow_dispatch", "refs/heads/main").tags())
        .containsExactly(SHORT, "main");
  }

  @Test
  void refNameAndTypeStandInForAMissingRef() throws Exception {
    ImageTags.Tags tags =
        ImageTags.compute(
            BuildContext.resolve(
                    Map.of(
                        "GITHUB_REF_NAME", "v1.0.0", "GITHUB_REF_TYPE", "tag", "GITHUB_SHA", SHA),
                    GitState.NONE)
                .orElseThrow(),
            7);

    assertThat(tags.tags()).containsExactly("1.0.0", SHORT, "latest");
  }

  @Test
  void gitBranchWithoutGitHubVariables() throws Exception {
    GitState git = new GitState(Optional.of(SHA), Optional.of("develop"), List.of("v9.9.9"), false);

    assertThat(fromGit(git).tags()).containsExactly(SHORT, "develop");
  }

  @Test
  void gitDetachedAtAReleaseTag() throws Exception {
    GitState git =
        new GitState(Optional.of(SHA), Optional.empty(), List.of("deployed", "v3.1.0"), false);

    assertThat(fromGit(git).tags()).containsExactly("3.1.0", SHORT, "latest");
  }

  @Test
  void gitDetachedWithoutTagIsJustTheSha() throws Exception {
    GitState git = new GitState(Optional.of(SHA), Optional.empty(), List.of(), false);

    ImageTags.Tags tags = fromGit(git);

    assertThat(tags.trigger()).isEqualTo(Trigger.COMMIT);
    assertThat(tags.tags()).containsExactly(SHORT);
  }

  @Test
  void uncommittedChangesMarkTheShaDirty() throws Exception {
    GitState git = new GitState(Optional.of(SHA), Optional.of("main"), List.of(), true);

    assertThat(fromGit(git).tags()).containsExactly(SHORT + "-dirty", "main");
  }

  @Test
  void gitHubShaWinsOverGitsHeadAndIsNeverDirty() throws Exception {
    GitState git = new GitState(Optional.of("f".repeat(40)), Optional.of("main"), List.of(), true);

    ImageTags.Tags tags =
        ImageTags.compute(BuildContext.resolve(Map.of("GITHUB_SHA", SHA), git).orElseThrow(), 7);

    assertThat(tags.tags()).containsExactly(SHORT, "main");
  }

  @Test
  void shaLengthIsConfigurable() throws Exception {
    BuildContext context =
        BuildContext.resolve(
                Map.of("GITHUB_REF", "refs/heads/main", "GITHUB_SHA", SHA), GitState.NONE)
            .orElseThrow();

    assertThat(ImageTags.compute(context, 40).tags()).containsExactly(SHA, "main");
    assertThatThrownBy(() -> ImageTags.compute(context, 4))
        .hasMessage("lifeos.image.shaLength is 4: use a length from 7 to 40.");
  }

  @Test
  void noCommitAnywhereFallsBackToTheProjectVersion() throws Exception {
    assertThat(BuildContext.resolve(Map.of(), GitState.NONE)).isEmpty();
    ImageTags.Tags tags = ImageTags.fromVersion("1.0.0-SNAPSHOT");
    assertThat(tags.trigger()).isEqualTo(Trigger.VERSION);
    assertThat(tags.tags()).containsExactly("1.0.0-SNAPSHOT");
  }

  @Test
  void pullRequestEventWithoutPullRefFails() {
    assertThatThrownBy(
            () ->
                BuildContext.resolve(
                    Map.of(
                        "GITHUB_EVENT_NAME", "pull_request_target",
                        "GITHUB_REF", "refs/heads/main",
                        "GITHUB_SHA", SHA),
                    GitState.NONE))
        .hasMessageContaining("pull request number is unknown");
  }

  @Test
  void aShortGitHubShaIsRejected() {
    assertThatThrownBy(() -> BuildContext.resolve(Map.of("GITHUB_SHA", "abc123"), GitState.NONE))
        .hasMessageContaining("is not a full commit id");
  }

  @Test
  void explicitTagsAreCheckedAndDeduplicated() throws Exception {
    assertThat(ImageTags.explicit(List.of("1.0.0", " stable ", "1.0.0")).tags())
        .containsExactly("1.0.0", "stable");
    assertThatThrownBy(() -> ImageTags.explicit(List.of("-bad")))
        .hasMessageContaining("Image tag '-bad' in lifeos.image.tags is not a valid tag");
  }
}
