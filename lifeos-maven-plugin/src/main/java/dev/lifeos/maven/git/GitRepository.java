package dev.lifeos.maven.git;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Read-only view of the git repository a project lives in, through JGit.
 *
 * <p>"This branch" is the work tree, not HEAD: on a laptop an uncommitted new migration or an
 * unsaved test counts, exactly as it will once pushed. In CI the two are the same.
 */
public final class GitRepository implements AutoCloseable {
  private final Repository repository;
  private final Path workTree;

  private GitRepository(Repository repository) {
    this.repository = repository;
    this.workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
  }

  /**
   * The repository containing {@code dir}, or empty when {@code dir} is not inside a git work tree.
   */
  public static Optional<GitRepository> find(Path dir) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    Repository repository = builder.setMustExist(true).build();
    if (repository.isBare()) {
      repository.close();
      return Optional.empty();
    }
    return Optional.of(new GitRepository(repository));
  }

  public Path workTree() {
    return workTree;
  }

  /** The URL of a remote ({@code origin}), if the repository has one. */
  public Optional<String> remoteUrl(String remote) {
    return Optional.ofNullable(repository.getConfig().getString("remote", remote, "url"));
  }

  /** {@code file} relative to the work tree, '/'-separated, as git names paths. */
  public String relativize(Path file) {
    return workTree
        .relativize(file.toAbsolutePath().normalize())
        .toString()
        .replace(file.getFileSystem().getSeparator(), "/");
  }

  // ----- HEAD: what is checked out (release validation and image tags) -----

  /** The commit HEAD points at, or empty in a repository with no commit yet. */
  public Optional<String> head() throws IOException {
    ObjectId head = repository.resolve(Constants.HEAD);
    return head == null ? Optional.empty() : Optional.of(head.name());
  }

  /** The checked-out branch ({@code main}), or empty when HEAD is detached. */
  public Optional<String> branch() throws IOException {
    String full = repository.getFullBranch();
    return full != null && full.startsWith(Constants.R_HEADS)
        ? Optional.of(full.substring(Constants.R_HEADS.length()))
        : Optional.empty();
  }

  /** Names of the tags, annotated or not, that point at HEAD: {@code git tag --points-at HEAD}. */
  public List<String> tagsAtHead() throws IOException {
    ObjectId head = repository.resolve(Constants.HEAD);
    List<String> tags = new ArrayList<>();
    if (head == null) {
      return tags;
    }
    for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
      Ref peeled = repository.getRefDatabase().peel(tag);
      ObjectId target =
          peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : peeled.getObjectId();
      if (head.equals(target)) {
        tags.add(tag.getName().substring(Constants.R_TAGS.length()));
      }
    }
    tags.sort(null);
    return tags;
  }

  /** True when tracked files have uncommitted changes; untracked files do not count. */
  public boolean isDirty() throws IOException {
    try {
      return Git.wrap(repository).status().call().hasUncommittedChanges();
    } catch (GitAPIException e) {
      throw new IOException("git status failed in " + workTree + ": " + e.getMessage(), e);
    }
  }

  /** The committer time of HEAD, or empty in a repository with no commit yet. */
  public Optional<Instant> headTime() throws IOException {
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head == null) {
      return Optional.empty();
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return Optional.of(walk.parseCommit(head).getCommitterIdent().getWhenAsInstant());
    }
  }

  // ----- end HEAD -----

  /**
   * The commit a ref names; fails with the command that fetches it (CI clones are often shallow).
   */
  public ObjectId resolve(String ref) throws GateFailure, IOException {
    ObjectId id = repository.resolve(ref + "^{commit}");
    if (id == null) {
      String branch = ref.startsWith("origin/") ? ref.substring("origin/".length()) : ref;
      throw new GateFailure(
          "Base ref '"
              + ref
              + "' is not in the git repository at "
              + workTree
              + ". Fetch it with 'git fetch origin "
              + branch
              + "' (in GitHub Actions: actions/checkout with fetch-depth: 0), or name another ref"
              + " with -Dlifeos.baseRef=<ref>.");
    }
    return id;
  }

  /**
   * Where this branch left {@code base}: the merge base of {@code base} and HEAD (or {@code base}).
   */
  public ObjectId forkPoint(ObjectId base) throws IOException {
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head == null) {
      return base;
    }
    try (RevWalk walk = new RevWalk(repository)) {
      walk.setRevFilter(RevFilter.MERGE_BASE);
      walk.markStart(walk.parseCommit(base));
      walk.markStart(walk.parseCommit(head));
      RevCommit mergeBase = walk.next();
      return mergeBase == null ? base : mergeBase;
    }
  }

  /**
   * Files under {@code directory} (work-tree relative; "" for all) in {@code commit}, with
   * contents.
   */
  public Map<String, byte[]> filesAt(ObjectId commit, String directory) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (RevWalk revWalk = new RevWalk(repository);
        TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(revWalk.parseCommit(commit).getTree());
      walk.setRecursive(true);
      if (!directory.isEmpty()) {
        walk.setFilter(PathFilter.create(directory));
      }
      while (walk.next()) {
        if (walk.getFileMode(0).getObjectType() == Constants.OBJ_BLOB) {
          files.put(walk.getPathString(), repository.open(walk.getObjectId(0)).getBytes());
        }
      }
    }
    return files;
  }

  /** The content of {@code path} in {@code commit}, or empty when the file is not there. */
  public Optional<byte[]> contentAt(ObjectId commit, String path) throws IOException {
    try (RevWalk revWalk = new RevWalk(repository)) {
      TreeWalk walk = TreeWalk.forPath(repository, path, revWalk.parseCommit(commit).getTree());
      if (walk == null) {
        return Optional.empty();
      }
      try (walk) {
        return Optional.of(repository.open(walk.getObjectId(0)).getBytes());
      }
    }
  }

  /** Every file that differs between {@code base} and the work tree; ignored files do not count. */
  public List<ChangedFile> changesSince(ObjectId base) throws IOException {
    List<ChangedFile> changes = new ArrayList<>();
    try (RevWalk revWalk = new RevWalk(repository);
        TreeWalk walk = new TreeWalk(repository)) {
      walk.addTree(revWalk.parseCommit(base).getTree());
      walk.addTree(new FileTreeIterator(repository));
      while (walk.next()) {
        WorkingTreeIterator work = walk.getTree(1, WorkingTreeIterator.class);
        boolean inBase = walk.getRawMode(0) != 0;
        boolean inWork = work != null && !(work.isEntryIgnored() && !inBase);
        if (walk.isSubtree()) {
          if (inBase || inWork) {
            walk.enterSubtree();
          }
          continue;
        }
        if (inBase && !inWork) {
          changes.add(new ChangedFile(walk.getPathString(), ChangedFile.Kind.DELETED));
        } else if (!inBase && inWork) {
          changes.add(new ChangedFile(walk.getPathString(), ChangedFile.Kind.ADDED));
        } else if (inBase && !sameContent(walk, work)) {
          changes.add(new ChangedFile(walk.getPathString(), ChangedFile.Kind.MODIFIED));
        }
      }
    }
    return changes;
  }

  private static boolean sameContent(TreeWalk walk, WorkingTreeIterator work) {
    return FileMode.GITLINK.equals(walk.getRawMode(0))
        || walk.getObjectId(0).equals(work.getEntryObjectId());
  }

  /**
   * Lines of the work-tree file {@code path} that are new or changed since {@code base}: every line
   * of a file the base does not have, none of a file that is gone.
   */
  public List<LineRange> changedLines(ObjectId base, String path) throws IOException {
    Path file = workTree.resolve(path);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    RawText now = new RawText(Files.readAllBytes(file));
    RawText before = contentAt(base, path).map(RawText::new).orElse(RawText.EMPTY_TEXT);
    List<LineRange> ranges = new ArrayList<>();
    for (Edit edit :
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, before, now)) {
      if (edit.getEndB() > edit.getBeginB()) {
        ranges.add(new LineRange(edit.getBeginB() + 1, edit.getEndB()));
      }
    }
    return ranges;
  }

  @Override
  public void close() {
    repository.close();
  }
}
