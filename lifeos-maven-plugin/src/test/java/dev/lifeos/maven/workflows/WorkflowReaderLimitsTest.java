package dev.lifeos.maven.workflows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.rules.WorkflowRuleTester;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflow files written to exhaust the reader: each is a finding naming the file, quickly. */
class WorkflowReaderLimitsTest {
  private static final Duration BOUND = Duration.ofSeconds(30);

  @TempDir Path dir;

  private static List<Finding> check(String yaml) {
    return assertTimeoutPreemptively(
        BOUND, () -> new WorkflowChecker(WorkflowRuleTester.POLICY).check("ci.yml", yaml));
  }

  @Test
  void aliasBombInAJobsStepsIsRefusedInBoundedTimeAndMemory() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [\"run: lol\", \"run: lol\"]\n");
    for (int level = 1; level <= 30; level++) {
      yaml.append("a").append(level).append(": &a").append(level).append(" [");
      yaml.append(("*a" + (level - 1) + ", ").repeat(9))
          .append("*a")
          .append(level - 1)
          .append("]\n");
    }
    yaml.append("jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: *a30\n");

    assertThat(check(yaml.toString()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule().id()).isEqualTo("yaml");
              assertThat(v.message())
                  .startsWith(
                      "not read: its aliases stand for more than 100000 nodes once expanded");
            });
  }

  @Test
  void aliasOfACollectionThatContainsItselfIsRefusedWithoutAStackOverflow() {
    assertThat(check("jobs: &loop\n  build:\n    steps: [*loop]\n"))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.toString())
                    .isEqualTo(
                        "ci.yml:3: not read: an alias here stands for a collection that contains it,"
                            + " which never ends once expanded. Replace the alias with what it should"
                            + " repeat. [yaml]"));
  }

  @Test
  void hundredThousandNestedBracketsAreRefusedWithoutAStackOverflow() {
    assertThat(check("jobs: " + "[".repeat(100_000)))
        .extracting(Finding::message)
        .containsExactly(
            "not read: nested deeper than 50 levels, the limit for a workflow file. Flatten it.");
  }

  @Test
  void twentyMegabyteWorkflowIsAFindingNamingTheFileAndIsNotReadWhole() throws Exception {
    Path big = dir.resolve("lifeos-pr.yml");
    try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      out.write("name: big\njobs:\n  build:\n    steps:\n");
      String step = "      - run: ./mvnw -Ppr verify # " + "x".repeat(60) + "\n";
      while (Files.size(big) < 20L << 20) {
        for (int i = 0; i < 10_000; i++) {
          out.write(step);
        }
        out.flush();
      }
    }

    WorkflowReport report =
        assertTimeoutPreemptively(
            BOUND,
            () -> new WorkflowChecker(WorkflowRuleTester.POLICY).checkDirectory(dir, name -> true));

    assertThat(report.violations())
        .extracting(Finding::toString)
        .containsExactly(
            "lifeos-pr.yml:1: not read: larger than 1048576 characters, the limit for a workflow"
                + " file. Split it (reusable workflows, composite actions) or remove what it does"
                + " not need. [yaml]");
  }

  @Test
  void binaryAndNonUtf8FilesAreFindingsNotCrashes() throws Exception {
    Files.write(dir.resolve("binary.yml"), new byte[] {0, 1, 2, (byte) 0xff, 'a', ':', ' ', 0});
    Files.write(
        dir.resolve("latin1.yml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(
            new WorkflowChecker(WorkflowRuleTester.POLICY)
                .checkDirectory(dir, name -> true)
                .violations())
        .extracting(f -> f.file().toString(), f -> f.rule().id(), Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "binary.yml", "yaml", "not read: not UTF-8 text. Save it as UTF-8."),
            org.assertj.core.groups.Tuple.tuple(
                "latin1.yml", "yaml", "not read: not UTF-8 text. Save it as UTF-8."));
  }

  @Test
  void aScriptOfUnclosedOrThousandsOfExpressionsIsCheckedInOnePass() {
    String head =
        "permissions: {contents: read}\njobs:\n  build:\n    timeout-minutes: 5\n"
            + "    steps:\n      - run: |\n";
    String unclosed = "          ./mvnw verify" + " ${{".repeat(100_000) + "\n";
    String flagged = "          ./mvnw verify -Dx=${{ github.event.issue.title }}\n".repeat(5_000);

    assertThat(check(head + unclosed)).isEmpty();
    List<Finding> found = check(head + flagged);
    assertThat(found)
        .hasSize(5_000)
        .extracting(f -> f.rule().id())
        .containsOnly("template-injection");
    assertThat(found.get(4_999).line()).isEqualTo(7 + 4_999);
  }

  @Test
  void anchorsThatRealWorkflowsShareStepsThroughStillWork() {
    assertThat(
            check(
                """
                x-steps: &build
                  - uses: actions/checkout@v4
                    with: {persist-credentials: false}
                  - run: ./mvnw verify
                permissions: {contents: read}
                jobs:
                  one:
                    timeout-minutes: 10
                    steps: *build
                  two:
                    timeout-minutes: 10
                    steps: *build
                """))
        .isEmpty();
  }
}
