package dev.lifeos.maven.image;

import dev.lifeos.maven.release.ReleaseTag;
import dev.lifeos.maven.support.GateFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commit being built and the ref that started the build: from GitHub Actions' variables when
 * they are set, from the git repository when not (a laptop, another CI).
 *
 * @param ref a full ref ({@code refs/heads/main}, {@code refs/tags/v1.2.3}, {@code
 *     refs/pull/12/merge}), or empty for a detached checkout
 * @param sha the full commit id
 * @param dirty true when the work tree has uncommitted changes (only known from git)
 * @param pullRequest the pull request number, when the build is for one
 * @param source where the facts came from, for the log
 */
public record BuildContext(
    Optional<String> ref, String sha, boolean dirty, Optional<Integer> pullRequest, String source) {
  static final String GITHUB_EVENT_NAME = "GITHUB_EVENT_NAME";
  static final String GITHUB_REF = "GITHUB_REF";
  static final String GITHUB_REF_NAME = "GITHUB_REF_NAME";
  static final String GITHUB_REF_TYPE = "GITHUB_REF_TYPE";
  static final String GITHUB_SHA = "GITHUB_SHA";

  private static final Pattern PULL_REF = Pattern.compile("^refs/pull/(\\d+)/(?:merge|head)$");
  private static final Pattern SHA = Pattern.compile("^[0-9a-f]{40}([0-9a-f]{24})?$");

  /**
   * What git says about the work tree; {@code head} is empty outside a git repository.
   *
   * @param branch the checked-out branch, empty when HEAD is detached
   * @param tagsAtHead tags that point at HEAD
   */
  public record GitState(
      Optional<String> head, Optional<String> branch, List<String> tagsAtHead, boolean dirty) {
    public static final GitState NONE =
        new GitState(Optional.empty(), Optional.empty(), List.of(), false);
  }

  /**
   * Reads the context, or empty when there is no commit to name: {@code GITHUB_SHA} unset and no
   * git repository. Each fact comes from GitHub's variables if set, else from git: so a workflow
   * that sets only {@code GITHUB_SHA} still gets its branch from the checkout.
   */
  public static Optional<BuildContext> resolve(Map<String, String> environment, GitState git)
      throws GateFailure {
    String event = value(environment, GITHUB_EVENT_NAME).orElse("");
    Optional<String> ref = githubRef(environment);
    Optional<String> envSha = value(environment, GITHUB_SHA);
    boolean fromGitHub = ref.isPresent() || envSha.isPresent();
    if (ref.isEmpty()) {
      ref = gitRef(git);
    }
    Optional<String> sha = envSha.or(git::head);
    if (sha.isEmpty()) {
      return Optional.empty();
    }
    if (!SHA.matcher(sha.get()).matches()) {
      throw new GateFailure(
          "GITHUB_SHA '"
              + sha.get()
              + "' is not a full commit id (40 hex digits): unset it or fix it.");
    }
    Optional<Integer> pullRequest = ref.flatMap(BuildContext::pullRequestNumber);
    if (event.startsWith("pull_request") && pullRequest.isEmpty()) {
      throw new GateFailure(
          "GITHUB_EVENT_NAME is "
              + event
              + " but GITHUB_REF ("
              + ref.orElse("unset")
              + ") is not refs/pull/<number>/merge, so the pull request number is unknown. Build"
              + " the pull request's merge ref (actions/checkout does by default).");
    }
    boolean dirty = envSha.isEmpty() && git.dirty();
    return Optional.of(
        new BuildContext(
            ref, sha.get(), dirty, pullRequest, fromGitHub ? "GitHub Actions variables" : "git"));
  }

  private static Optional<String> githubRef(Map<String, String> environment) {
    Optional<String> ref = value(environment, GITHUB_REF);
    if (ref.isPresent()) {
      return ref;
    }
    String kind = value(environment, GITHUB_REF_TYPE).orElse("branch");
    return value(environment, GITHUB_REF_NAME)
        .map(name -> (kind.equals("tag") ? "refs/tags/" : "refs/heads/") + name);
  }

  /** On a laptop the branch wins over a tag: a release is named by the tag only when detached. */
  private static Optional<String> gitRef(GitState git) {
    if (git.branch().isPresent()) {
      return git.branch().map(branch -> "refs/heads/" + branch);
    }
    return ReleaseTag.preferred(git.tagsAtHead()).map(tag -> "refs/tags/" + tag);
  }

  private static Optional<Integer> pullRequestNumber(String ref) {
    Matcher m = PULL_REF.matcher(ref);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(m.group(1)));
    } catch (NumberFormatException tooLarge) {
      return Optional.empty();
    }
  }

  private static Optional<String> value(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
