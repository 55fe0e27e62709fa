package dev.lifeos.maven.image;

/** What started the build, as the tagging table of the spec (7.2) tells them apart. */
public enum Trigger {
  /** A pull request: {@code pr-<number>-<sha>}, never pushed. */
  PULL_REQUEST,
  /** A push to a branch: {@code <sha>} and the branch name ({@code main}, {@code develop}). */
  BRANCH,
  /** A release tag {@code v<semver>}: {@code <semver>}, {@code <sha>}, {@code latest}. */
  RELEASE,
  /** Any other tag: {@code <sha>} and the tag name. */
  TAG,
  /** A commit on no branch and no tag (a detached checkout): {@code <sha>}. */
  COMMIT,
  /** Tags given explicitly with {@code lifeos.image.tags}. */
  EXPLICIT,
  /** No commit known (no git repository, no {@code GITHUB_SHA}): the project version. */
  VERSION
}
