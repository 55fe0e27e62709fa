package dev.lifeos.maven.git;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What this branch changed since it left its base ref, the one way every goal finds it
 * (check-migrations, diff-coverage, security-scope, select-tests, the Spotless ratchet): the base
 * ref resolved once, its tip, its fork point (the merge base with HEAD), and the work tree compared
 * with that fork point. Comparing with the fork point, not the base's tip, keeps commits merged
 * into the base after the branch was cut out of "this branch's changes".
 *
 * <p>Changed files are compared path by path: a renamed file is the old path deleted and the new
 * one added. A base ref that is not in the repository (a shallow CI clone) is a {@link GateFailure}
 * naming the fetch command.
 */
public final class BranchDiff implements AutoCloseable {
  private final GitRepository repository;
  private final String baseRef;
  private final ObjectId baseTip;
  private final ObjectId forkPoint;

  private BranchDiff(
      GitRepository repository, String baseRef, ObjectId baseTip, ObjectId forkPoint) {
    this.repository = repository;
    this.baseRef = baseRef;
    this.baseTip = baseTip;
    this.forkPoint = forkPoint;
  }

  /**
   * The base ref by the shared rules ({@link BaseRef}), then the changes of the git work tree
   * holding {@code dir} since it; the lookup says which of the two is missing when there is none.
   *
   * @throws GateFailure when the base ref is not in the repository (with the fetch command)
   */
  public static Lookup lookup(Path dir, String configuredRef, Map<String, String> environment)
      throws GateFailure, IOException {
    Optional<String> ref = BaseRef.resolve(configuredRef, environment);
    Optional<BranchDiff> diff = ref.isEmpty() ? Optional.empty() : open(dir, ref.get());
    return new Lookup(dir, ref, diff);
  }

  /**
   * The changes of the git work tree holding {@code dir} since {@code baseRef}; empty when {@code
   * dir} is not in a git work tree.
   *
   * @throws GateFailure when the base ref is not in the repository (with the fetch command)
   */
  public static Optional<BranchDiff> open(Path dir, String baseRef)
      throws GateFailure, IOException {
    Optional<GitRepository> found = GitRepository.find(dir);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    GitRepository repository = found.get();
    try {
      ObjectId tip = repository.resolve(baseRef);
      return Optional.of(new BranchDiff(repository, baseRef, tip, repository.forkPoint(tip)));
    } catch (GateFailure | IOException | RuntimeException e) {
      repository.close();
      throw e;
    }
  }

  public String baseRef() {
    return baseRef;
  }

  /** The commit the base ref names, in full. */
  public String baseTipId() {
    return baseTip.name();
  }

  /** The fork point's commit, in full. */
  public String forkPointId() {
    return forkPoint.name();
  }

  /** True when the branch forked at the base's tip: the base has not moved on since. */
  public boolean forkedAtTip() {
    return forkPoint.equals(baseTip);
  }

  /** The fork point's abbreviated id, for messages: {@code origin/main (fork point 1a2b3c4)}. */
  public String forkPointName() {
    return forkPoint.abbreviate(7).name();
  }

  /** "origin/main (fork point 1a2b3c4)": how messages name what was compared. */
  public String describe() {
    return baseRef + " (fork point " + forkPointName() + ")";
  }

  public Path workTree() {
    return repository.workTree();
  }

  /** {@code file} as git names it: relative to the work tree, '/'-separated. */
  public String relativize(Path file) {
    return repository.relativize(file);
  }

  public List<ChangedFile> changedFiles() throws IOException {
    return repository.changesSince(forkPoint);
  }

  /** The changed files that still exist (added or modified), as absolute paths. */
  public List<Path> presentChangedFiles() throws IOException {
    Path root = workTree();
    return changedFiles().stream()
        .filter(f -> f.kind() != ChangedFile.Kind.DELETED)
        .map(f -> root.resolve(f.path()))
        .toList();
  }

  public List<LineRange> changedLines(String path) throws IOException {
    return repository.changedLines(forkPoint, path);
  }

  /** The two commits of the base a branch is compared with. */
  public enum BaseCommit {
    TIP,
    FORK_POINT
  }

  /**
   * Files under {@code directory} (work-tree relative; "" for all) in {@code commit}, with
   * contents.
   */
  public Map<String, byte[]> filesAt(BaseCommit commit, String directory) throws IOException {
    return repository.filesAt(commit == BaseCommit.TIP ? baseTip : forkPoint, directory);
  }

  @Override
  public void close() {
    repository.close();
  }

  /**
   * The branch diff a goal asked for, or why there is none: no base ref was given, or {@code dir}
   * is not in a git work tree. A goal then skips its branch check or widens it to the whole module.
   */
  public record Lookup(Path dir, Optional<String> baseRef, Optional<BranchDiff> diff) {
    /**
     * Why there is no diff, as a goal's info line starts: "No base ref", "Not in a git work tree".
     */
    public String missing() {
      return baseRef.isEmpty() ? "No base ref" : "Not in a git work tree";
    }

    /** The info line of a goal that skips {@code check} because there is no diff. */
    public String skipped(String check) {
      return baseRef.isEmpty()
          ? BaseRef.noneMessage(check)
          : "Not in a git work tree (" + dir + "): " + check + " skipped.";
    }
  }
}
