package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecStagesRuleTest {
  private static final String NIGHTLY =
      """
      on: workflow_call
      jobs:
        full-test-suite:
          timeout-minutes: 60
        dependency-audit:
          timeout-minutes: 5
        ml-model-validation:
          timeout-minutes: 30
        coverage-report:
          timeout-minutes: 10
      """;

  private static List<Finding> check(String name, String yaml) {
    return WorkflowRuleTester.run(new SpecStagesRule(), name, yaml);
  }

  @Test
  void everyStageWithItsTimeoutPasses() {
    assertThat(check("lifeos-nightly.yml", NIGHTLY)).isEmpty();
  }

  @Test
  void aShorterTimeoutPasses() {
    assertThat(check("lifeos-nightly.yml", NIGHTLY.replace("60", "45"))).isEmpty();
  }

  @Test
  void flagsATimeoutAboveTheSpecs() {
    assertThat(
            check(
                "lifeos-nightly.yml", NIGHTLY.replace("timeout-minutes: 5", "timeout-minutes: 9")))
        .extracting(Finding::toString)
        .containsExactly(
            "lifeos-nightly.yml:6: job 'dependency-audit' has timeout-minutes: 9, but the spec gives"
                + " stage dependency_audit 5 min: lower it to 5 or less. [spec-stages]");
  }

  @Test
  void flagsAMissingStage() {
    assertThat(check("lifeos-nightly.yml", NIGHTLY.replace("coverage-report", "coverage")))
        .extracting(Finding::message)
        .containsExactly(
            "the nightly pipeline has no job 'coverage-report' for the spec's stage coverage_report"
                + " (10 min): add it, or rename the job that runs the stage.");
  }

  @Test
  void flagsAMissingTimeoutOnAStage() {
    assertThat(check("lifeos-nightly.yml", NIGHTLY.replace("timeout-minutes: 30", "runs-on: x")))
        .extracting(Finding::message)
        .containsExactly(
            "job 'ml-model-validation' runs the spec's stage ml_model_validation: set"
                + " timeout-minutes: 30 (a number, as the spec gives it).");
  }

  @Test
  void flagsADeployOutsideItsEnvironment() {
    String release =
        """
        on: workflow_call
        jobs:
          validate-tag: {timeout-minutes: 1}
          full-test-suite: {timeout-minutes: 30}
          build-prod: {timeout-minutes: 10}
          security-scan: {timeout-minutes: 5}
          push-prod: {timeout-minutes: 2}
          deploy-staging: {timeout-minutes: 10, environment: staging}
          deploy-prod: {timeout-minutes: 15, environment: {name: staging}}
          post-deploy: {timeout-minutes: 5}
        """;

    assertThat(check("lifeos-release.yml", release))
        .extracting(Finding::message)
        .containsExactly(
            "job 'deploy-prod' deploys but does not run in the GitHub environment 'production',"
                + " whose protection holds the approval and the secrets: add environment:"
                + " production.");
  }

  @Test
  void otherWorkflowsAndCallersHaveNoStages() {
    assertThat(check("ci.yml", "jobs: {build: {}}")).isEmpty();
    assertThat(
            check(
                "pr.yml",
                "jobs: {pipeline: {uses: acme/lifeos-build/.github/workflows/lifeos-pr.yml@v1}}"))
        .isEmpty();
  }
}
