package dev.lifeos.maven.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.git.BranchDiff;
import dev.lifeos.maven.git.WorkTree;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCoverageTest {
  private static final String GREETER =
      """
      package it.lifeos;

      public class Greeter {
        public String greet(String name) {
          return "Hello, " + name;
        }
      }
      """;

  /** Greeter with shout() added on lines 8-10: line 9 holds its code. */
  private static final String GREETER_WITH_SHOUT =
      """
      package it.lifeos;

      public class Greeter {
        public String greet(String name) {
          return "Hello, " + name;
        }

        public String shout(String name) {
          return greet(name).toUpperCase();
        }
      }
      """;

  @TempDir Path dir;
  private WorkTree tree;

  @BeforeEach
  void baseBranchHasGreeter() throws Exception {
    tree = WorkTree.init(dir).write("src/main/java/it/lifeos/Greeter.java", GREETER).commit("base");
    tree.branch("feature").write("src/main/java/it/lifeos/Greeter.java", GREETER_WITH_SHOUT);
  }

  private Path jacoco(boolean shoutRan) throws Exception {
    return Files.writeString(
        dir.resolve("jacoco.xml"),
        """
        <report name="x"><package name="it/lifeos"><sourcefile name="Greeter.java">
          <line nr="3" mi="0" ci="3" mb="0" cb="0"/>
          <line nr="5" mi="0" ci="4" mb="0" cb="0"/>
          <line nr="9" mi="%d" ci="%d" mb="0" cb="0"/>
        </sourcefile></package></report>
        """
            .formatted(shoutRan ? 0 : 4, shoutRan ? 4 : 0));
  }

  private DiffCoverageResult measure(Path jacocoXml) throws Exception {
    try (BranchDiff diff = BranchDiff.open(dir, "main").orElseThrow()) {
      return DiffCoverage.measure(diff, jacocoXml, List.of(dir.resolve("src/main/java")), 0.8);
    }
  }

  @Test
  void anUntestedNewMethodFailsAndIsNamed() throws Exception {
    DiffCoverageResult result = measure(jacoco(false));

    assertThat(result.passed()).isFalse();
    assertThat(result.changedLines()).isEqualTo(1);
    assertThat(result.files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("src/main/java/it/lifeos/Greeter.java");
              assertThat(f.uncoveredText()).isEqualTo("9");
            });
    assertThat(DiffCoverageReport.failureMessage(result, "target/lifeos/diff-coverage.md"))
        .contains("Diff coverage 0.0% (0 of 1 changed code lines since main (fork point ")
        .contains("is below the minimum of 80.0%")
        .contains("\n  src/main/java/it/lifeos/Greeter.java: 9");
  }

  @Test
  void aTestedNewMethodPasses() throws Exception {
    DiffCoverageResult result = measure(jacoco(true));

    assertThat(result.passed()).isTrue();
    assertThat(DiffCoverageReport.summary(result))
        .contains("1 of 1 changed code lines covered (100.0%), minimum 80.0%");
  }

  @Test
  void changesOutsideTheSourceRootsDoNotCount() throws Exception {
    tree.commit("shout").write("README.md", "docs\n").write("src/test/java/T.java", "class T {}\n");

    try (BranchDiff diff = BranchDiff.open(dir, "HEAD").orElseThrow()) {
      DiffCoverageResult result =
          DiffCoverage.measure(
              diff, dir.resolve("missing.xml"), List.of(dir.resolve("src/main/java")), 0.8);

      assertThat(result.changedLines()).isZero();
      assertThat(result.passed()).isTrue();
      assertThat(DiffCoverageReport.summary(result)).contains("no changed code lines");
    }
  }

  @Test
  void changedSourcesWithoutAReportFailWithTheFix() {
    assertThatThrownBy(() -> measure(dir.resolve("target/site/jacoco/jacoco.xml")))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("No JaCoCo report at")
        .hasMessageContaining("src/main/java/it/lifeos/Greeter.java")
        .hasMessageContaining("-Dlifeos.coverage.diff.skip=true");
  }

  @Test
  void aMinimumGivenAsPercentIsRejected() throws Exception {
    try (BranchDiff diff = BranchDiff.open(dir, "main").orElseThrow()) {
      assertThatThrownBy(
              () -> DiffCoverage.measure(diff, jacoco(true), List.of(dir.resolve("src")), 80))
          .hasMessageContaining("between 0 and 1 (0.80 for 80%), not 80.0");
    }
  }

  @Test
  void withoutABaseRefEveryCodeLineOfTheModuleCounts() throws Exception {
    DiffCoverageResult result =
        DiffCoverage.measureWholeModule(
            dir, jacoco(false), List.of(dir.resolve("src/main/java"), dir.resolve("absent")), 0.8);

    assertThat(result.comparedWith()).isEqualTo(DiffCoverage.WHOLE_MODULE);
    assertThat(result.changedLines()).isEqualTo(3);
    assertThat(result.coveredLines()).isEqualTo(2);
    assertThat(result.passed()).isFalse();
    assertThat(result.files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).isEqualTo("src/main/java/it/lifeos/Greeter.java");
              assertThat(f.uncoveredText()).isEqualTo("9");
            });
  }

  @Test
  void wholeModuleWithSourcesButNoReportFailsWithTheFix() {
    assertThatThrownBy(
            () ->
                DiffCoverage.measureWholeModule(
                    dir, dir.resolve("none.xml"), List.of(dir.resolve("src/main/java")), 0.8))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("No JaCoCo report at")
        .hasMessageContaining("src/main/java");
  }

  @Test
  void wholeModuleWithoutSourcesPasses() throws Exception {
    assertThat(
            DiffCoverage.measureWholeModule(
                    dir, dir.resolve("none.xml"), List.of(dir.resolve("absent")), 0.8)
                .passed())
        .isTrue();
  }
}
