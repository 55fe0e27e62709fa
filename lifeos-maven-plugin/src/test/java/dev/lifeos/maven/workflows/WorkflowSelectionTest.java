package dev.lifeos.maven.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowSelectionTest {
  private static final String FOREIGN =
      "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n";
  private static final String CALLER =
      "on: pull_request\njobs:\n  pr:\n    uses: acme/lifeos-build/.github/workflows/lifeos-pr.yml@v1\n";

  @TempDir Path dir;

  private WorkflowReport check(java.util.function.Predicate<String> alsoCheck) throws IOException {
    return new WorkflowChecker(WorkflowPolicy.of(Set.of("pr"), Set.of(), Set.of()))
        .checkDirectory(dir, alsoCheck);
  }

  @Test
  void workflowsThatDoNotCallALifeosPipelineAreNotChecked() throws IOException {
    Files.writeString(dir.resolve("build.yml"), FOREIGN);
    Files.writeString(dir.resolve("codeql.yml"), "not: [valid");
    Files.writeString(dir.resolve("pr.yml"), CALLER);

    WorkflowReport report = check(name -> false);

    assertThat(report.files()).containsExactly("pr.yml");
    assertThat(report.notChecked()).containsExactly("build.yml", "codeql.yml");
    assertThat(report.violations()).extracting(f -> f.file().toString()).containsOnly("pr.yml");
    assertThat(report.notCheckedSummary())
        .isEqualTo(
            "2 workflows do not call a LifeOS pipeline and were not checked: build.yml, codeql.yml");
  }

  @Test
  void aWorkflowTheTeamListsIsHeldToTheRules() throws IOException {
    Files.writeString(dir.resolve("build.yml"), FOREIGN);

    WorkflowReport report = check("build.yml"::equals);

    assertThat(report.files()).containsExactly("build.yml");
    assertThat(report.notChecked()).isEmpty();
    assertThat(report.violations()).extracting(f -> f.rule().id()).contains("maven-only");
  }

  @Test
  void aLifeosPipelineFileIsCheckedEvenWhenItIsNotValidYaml() throws IOException {
    Files.writeString(dir.resolve("lifeos-pr.yml"), "on: [pull_request");

    WorkflowReport report = check(name -> false);

    assertThat(report.files()).containsExactly("lifeos-pr.yml");
    assertThat(report.violations()).extracting(f -> f.rule().id()).containsExactly("yaml");
  }
}
