package dev.lifeos.maven.git;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What this branch changed since it left its base ref: the base ref resolved once, its fork point
 * (the merge base with HEAD), and the work tree compared with that fork point. Comparing with the
 * fork point, not the base's tip, keeps commits merged into the base after the branch was cut out
 * of "this branch's changes".
 */
public final class BranchDiff implements AutoCloseable {
  private final GitRepository repository;
  private final String baseRef;
  private final ObjectId forkPoint;

  private BranchDiff(GitRepository repository, String baseRef, ObjectId forkPoint) {
    this.repository = repository;
    this.baseRef = baseRef;
    this.forkPoint = forkPoint;
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
      ObjectId forkPoint = repository.forkPoint(repository.resolve(baseRef));
      return Optional.of(new BranchDiff(repository, baseRef, forkPoint));
    } catch (GateFailure | IOException | RuntimeException e) {
      repository.close();
      throw e;
    }
  }

  public String baseRef() {
    return baseRef;
  }

  /** The fork point's abbreviated id, for messages: {@code origin/main (fork point 1a2b3c4)}. */
  public String forkPointName() {
    return forkPoint.abbreviate(7).name();
  }

  /** "origin/main (fork point 1a2b3c4)": how messages name what was compared. */
  public String describe() {
    return baseRef + " (fork point " + forkPointName() + ")";
  }

  public GitRepository repository() {
    return repository;
  }

  public List<ChangedFile> changedFiles() throws IOException {
    return repository.changesSince(forkPoint);
  }

  public List<LineRange> changedLines(String path) throws IOException {
    return repository.changedLines(forkPoint, path);
  }

  @Override
  public void close() {
    repository.close();
  }
}
