package dev.lifeos.maven.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.git.ChangedFile.Kind;
import dev.lifeos.maven.support.GateFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepositoryTest {
  @TempDir Path dir;
  private Git git;

  @BeforeEach
  void initRepository() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    write(".gitignore", "target/\n");
    write("db/V1__init.sql", "create table a (id int);\n");
    write("src/A.java", "class A {\n  int a;\n  int b;\n}\n");
    commit("base");
  }

  @Test
  void reportsAddedModifiedDeletedButNotIgnoredFiles() throws Exception {
    write("db/V2__more.sql", "create table b (id int);\n");
    write("src/A.java", "class A {\n  int a;\n  int c;\n}\n");
    Files.delete(dir.resolve("db/V1__init.sql"));
    write("target/classes/A.class", "binary");

    try (GitRepository repo = GitRepository.find(dir.resolve("src")).orElseThrow()) {
      assertThat(repo.changesSince(repo.resolve("main")))
          .containsExactlyInAnyOrder(
              new ChangedFile("db/V1__init.sql", Kind.DELETED),
              new ChangedFile("db/V2__more.sql", Kind.ADDED),
              new ChangedFile("src/A.java", Kind.MODIFIED));
    }
  }

  @Test
  void changedLinesAreTheNewSideOfEachEdit() throws Exception {
    write("src/A.java", "class A {\n  int a;\n  int c;\n  int d;\n}\n");

    try (GitRepository repo = GitRepository.find(dir).orElseThrow()) {
      assertThat(repo.changedLines(repo.resolve("main"), "src/A.java"))
          .containsExactly(new LineRange(3, 4));
    }
  }

  @Test
  void everyLineOfANewFileIsChanged() throws Exception {
    write("src/B.java", "class B {\n}\n");

    try (GitRepository repo = GitRepository.find(dir).orElseThrow()) {
      assertThat(repo.changedLines(repo.resolve("main"), "src/B.java"))
          .containsExactly(new LineRange(1, 2));
    }
  }

  @Test
  void readsFilesOfACommitUnderADirectory() throws Exception {
    try (GitRepository repo = GitRepository.find(dir).orElseThrow()) {
      ObjectId base = repo.resolve("main");

      assertThat(repo.filesAt(base, "db")).containsOnlyKeys("db/V1__init.sql");
      assertThat(repo.contentAt(base, "src/A.java")).isPresent();
      assertThat(repo.contentAt(base, "src/Missing.java")).isEmpty();
    }
  }

  @Test
  void forkPointIsTheMergeBaseWithHead() throws Exception {
    ObjectId fork = git.getRepository().resolve("HEAD");
    git.checkout().setCreateBranch(true).setName("feature").call();
    write("x.txt", "feature\n");
    commit("feature work");
    git.checkout().setName("main").call();
    write("y.txt", "main moved on\n");
    commit("main work");
    git.checkout().setName("feature").call();

    try (GitRepository repo = GitRepository.find(dir).orElseThrow()) {
      assertThat(repo.forkPoint(repo.resolve("main"))).isEqualTo(fork);
    }
  }

  @Test
  void missingBaseRefNamesTheFetchCommand() throws Exception {
    try (GitRepository repo = GitRepository.find(dir).orElseThrow()) {
      assertThatThrownBy(() -> repo.resolve("origin/develop"))
          .isInstanceOf(GateFailure.class)
          .hasMessageContaining("git fetch origin develop")
          .hasMessageContaining("fetch-depth: 0");
    }
  }

  @Test
  void readsALinkedWorktreeWithItsOwnHeadAndIndex(@TempDir Path elsewhere) throws Exception {
    Path linked = elsewhere.resolve("wt-feature");
    Process add =
        new ProcessBuilder("git", "worktree", "add", "-q", "-b", "feature", linked.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    assertThat(add.waitFor()).as(new String(add.getInputStream().readAllBytes())).isZero();
    Files.writeString(linked.resolve("db/V2__more.sql"), "create table b (id int);\n");

    try (GitRepository repo = GitRepository.find(linked.resolve("db")).orElseThrow()) {
      assertThat(repo.workTree()).isEqualTo(linked.toRealPath());
      ObjectId main = repo.resolve("main");
      assertThat(repo.forkPoint(main)).isEqualTo(main);
      assertThat(repo.filesAt(main, "db")).containsOnlyKeys("db/V1__init.sql");
      assertThat(repo.changesSince(main))
          .containsExactly(new ChangedFile("db/V2__more.sql", Kind.ADDED));
    }
  }

  @Test
  void findsNothingOutsideARepository(@TempDir Path elsewhere) throws Exception {
    assertThat(GitRepository.find(elsewhere)).isEmpty();
  }

  private void write(String path, String content) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private void commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    git.commit().setMessage(message).setSign(false).call();
  }
}
