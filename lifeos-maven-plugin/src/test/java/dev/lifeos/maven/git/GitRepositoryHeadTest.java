package dev.lifeos.maven.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What GitRepository says about HEAD: commit, branch, tags at it, dirtiness, time. */
class GitRepositoryHeadTest {
  @TempDir Path dir;
  private Git git;
  private RevCommit first;

  @BeforeEach
  void initRepository() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    Files.writeString(dir.resolve("a.txt"), "a\n");
    git.add().addFilepattern(".").call();
    first = git.commit().setMessage("first").setSign(false).call();
  }

  @Test
  void headAndBranch() throws Exception {
    try (GitRepository repo = GitRepository.find(dir).orElseThrow()) {
      assertThat(repo.head()).contains(first.name());
      assertThat(repo.branch()).contains("main");
      assertThat(repo.headTime()).contains(first.getCommitterIdent().getWhenAsInstant());
    }
  }

  @Test
  void detachedHeadHasNoBranch() throws Exception {
    git.checkout().setName(first.name()).call();

    try (GitRepository repo = GitRepository.find(dir).orElseThrow()) {
      assertThat(repo.branch()).isEmpty();
    }
  }

  @Test
  void tagsAtHeadIncludeAnnotatedAndLightweightButNotOlderOnes() throws Exception {
    git.tag().setName("v0.9.0").call();
    Files.writeString(dir.resolve("a.txt"), "b\n");
    git.commit().setAll(true).setMessage("second").setSign(false).call();
    git.tag().setName("v1.0.0").setAnnotated(true).setMessage("release").setSigned(false).call();
    git.tag().setName("deployed").setAnnotated(false).call();

    try (GitRepository repo = GitRepository.find(dir).orElseThrow()) {
      assertThat(repo.tagsAtHead()).containsExactly("deployed", "v1.0.0");
    }
  }

  @Test
  void dirtyOnlyForChangedTrackedFiles() throws Exception {
    try (GitRepository repo = GitRepository.find(dir).orElseThrow()) {
      Files.writeString(dir.resolve("untracked.txt"), "x\n");
      assertThat(repo.isDirty()).isFalse();
      Files.writeString(dir.resolve("a.txt"), "changed\n");
      assertThat(repo.isDirty()).isTrue();
    }
  }
}
