package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class ConcurrencyRuleTest {
  private static final String PR_CALLER =
      """
      on: pull_request
      %s
      jobs:
        pipeline:
          uses: acme/lifeos-build/.github/workflows/lifeos-pr.yml@v1
      """;

  @Test
  void aPullRequestRunCancelsTheOneInProgress() {
    assertThat(
            WorkflowRuleTester.run(
                new ConcurrencyRule(),
                PR_CALLER.formatted(
                    "concurrency: {group: '${{ github.ref }}', cancel-in-progress: true}")))
        .isEmpty();
    assertThat(WorkflowRuleTester.run(new ConcurrencyRule(), PR_CALLER.formatted("")))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .startsWith("a new push to a pull request must cancel the run in progress");
  }

  @Test
  void aDeployIsNeverCancelled() {
    assertThat(
            WorkflowRuleTester.run(
                new ConcurrencyRule(),
                """
                on: push
                concurrency: {group: deploy, cancel-in-progress: true}
                jobs:
                  deploy-staging:
                    environment: staging
                    concurrency: {group: staging, cancel-in-progress: true}
                """))
        .extracting(Finding::line)
        .containsExactly(2, 6);
  }
}
