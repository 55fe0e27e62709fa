package dev.lifeos.maven.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.git.BranchDiff.BaseCommit;
import dev.lifeos.maven.git.ChangedFile.Kind;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one branch diff every goal reads: on a real repository where {@code main} moved on after
 * {@code feature} was cut from it.
 */
class BranchDiffTest {
  @TempDir Path dir;
  private WorkTree tree;
  private String forkPoint;

  @BeforeEach
  void featureForkedBeforeMainMovedOn() throws Exception {
    tree =
        WorkTree.init(dir)
            .write(".gitignore", "target/\n")
            .write("db/V1__init.sql", "create table a (id int);\n")
            .write("db/V2__old_name.sql", "create table b (id int);\n")
            .write("src/A.java", "class A {\n  int a;\n}\n")
            .commit("base");
    try (Git git = Git.open(dir.toFile())) {
      forkPoint = git.getRepository().resolve("HEAD").name();
    }
    tree.branch("feature").checkout("main").write("db/V3__main.sql", "select 1;\n").commit("main");
    tree.checkout("feature")
        .write("src/A.java", "class A {\n  int a;\n  int b;\n}\n")
        .write("target/classes/A.class", "ignored");
    Files.move(dir.resolve("db/V2__old_name.sql"), dir.resolve("db/V2__new_name.sql"));
  }

  @AfterEach
  void closeTree() {
    tree.close();
  }

  @Test
  void comparesTheWorkTreeWithTheForkPointNotTheBaseTip() throws Exception {
    try (BranchDiff diff = BranchDiff.open(dir.resolve("src"), "main").orElseThrow()) {
      assertThat(diff.forkPointId()).isEqualTo(forkPoint);
      assertThat(diff.baseTipId()).isNotEqualTo(forkPoint);
      assertThat(diff.forkedAtTip()).isFalse();
      assertThat(diff.describe()).isEqualTo("main (fork point " + forkPoint.substring(0, 7) + ")");
      // main's V3 is not this branch's change; a rename is a deletion and an addition
      assertThat(diff.changedFiles())
          .containsExactlyInAnyOrder(
              new ChangedFile("db/V2__new_name.sql", Kind.ADDED),
              new ChangedFile("db/V2__old_name.sql", Kind.DELETED),
              new ChangedFile("src/A.java", Kind.MODIFIED));
      assertThat(diff.changedLines("src/A.java")).containsExactly(new LineRange(3, 3));
    }
  }

  @Test
  void readsTheFilesOfTheBaseTipAndOfTheForkPoint() throws Exception {
    try (BranchDiff diff = BranchDiff.open(dir, "main").orElseThrow()) {
      assertThat(diff.filesAt(BaseCommit.TIP, "db"))
          .containsOnlyKeys("db/V1__init.sql", "db/V2__old_name.sql", "db/V3__main.sql");
      assertThat(diff.filesAt(BaseCommit.FORK_POINT, "db"))
          .containsOnlyKeys("db/V1__init.sql", "db/V2__old_name.sql");
      assertThat(diff.relativize(dir.resolve("db/V1__init.sql"))).isEqualTo("db/V1__init.sql");
    }
  }

  @Test
  void aBranchUpToDateWithItsBaseForkedAtTheTip() throws Exception {
    try (BranchDiff diff = BranchDiff.open(dir, "feature").orElseThrow()) {
      assertThat(diff.forkedAtTip()).isTrue();
      assertThat(diff.forkPointId()).isEqualTo(diff.baseTipId());
    }
  }

  @Test
  void lookupTakesThePullRequestBaseFromGitHubActions() throws Exception {
    try (Git git = Git.open(dir.toFile())) { // origin/main, as a fetch leaves it
      RefUpdate update = git.getRepository().updateRef("refs/remotes/origin/main");
      update.setNewObjectId(git.getRepository().resolve("main"));
      assertThat(update.update()).isEqualTo(RefUpdate.Result.NEW);
    }

    BranchDiff.Lookup lookup = BranchDiff.lookup(dir, null, Map.of("GITHUB_BASE_REF", "main"));

    assertThat(lookup.baseRef()).contains("origin/main");
    try (BranchDiff diff = lookup.diff().orElseThrow()) {
      assertThat(diff.forkPointId()).isEqualTo(forkPoint);
    }
  }

  @Test
  void withoutABaseRefTheLookupSaysSoAndHowToSetOne() throws Exception {
    BranchDiff.Lookup lookup = BranchDiff.lookup(dir, " ", Map.of());

    assertThat(lookup.diff()).isEmpty();
    assertThat(lookup.missing()).isEqualTo("No base ref");
    assertThat(lookup.skipped("ML tests (tag ml)"))
        .isEqualTo(
            "No base ref: ML tests (tag ml) skipped. Set -Dlifeos.baseRef=origin/main"
                + " (GITHUB_BASE_REF sets it on pull requests).");
  }

  @Test
  void outsideAGitWorkTreeTheLookupNamesTheDirectory(@TempDir Path elsewhere) throws Exception {
    BranchDiff.Lookup lookup = BranchDiff.lookup(elsewhere, "main", Map.of());

    assertThat(lookup.baseRef()).contains("main");
    assertThat(lookup.diff()).isEmpty();
    assertThat(lookup.missing()).isEqualTo("Not in a git work tree");
    assertThat(lookup.skipped("x"))
        .isEqualTo("Not in a git work tree (" + elsewhere + "): x skipped.");
  }

  @Test
  void aBaseRefAShallowCloneLacksNamesTheFetchCommand(@TempDir Path elsewhere) throws Exception {
    Path clone = elsewhere.resolve("clone");
    Process process =
        new ProcessBuilder(
                "git",
                "clone",
                "-q",
                "--depth",
                "1",
                "--branch",
                "feature",
                dir.toUri().toString(),
                clone.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor()).as(new String(process.getInputStream().readAllBytes())).isZero();

    assertThatThrownBy(() -> BranchDiff.lookup(clone, "origin/main", Map.of()))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("Base ref 'origin/main' is not in the git repository at ")
        .hasMessageEndingWith(
            ". Fetch it with 'git fetch origin main' (in GitHub Actions: actions/checkout with"
                + " fetch-depth: 0), or name another ref with -Dlifeos.baseRef=<ref>.");
  }
}
