package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class ForkSecretsRuleTest {
  private static final String PUBLISH =
      """
      on: %s
      jobs:
        publish:
          %s
          steps:
            - run: ./mvnw deploy
              env:
                TOKEN: ${{ secrets.SONAR_TOKEN }}
                GH: ${{ secrets.GITHUB_TOKEN }}
      """;

  @Test
  void secretsOnPushAndGuardedSecretsOnPullRequestsPass() {
    assertThat(WorkflowRuleTester.run(new ForkSecretsRule(), PUBLISH.formatted("push", "")))
        .isEmpty();
    assertThat(
            WorkflowRuleTester.run(
                new ForkSecretsRule(),
                PUBLISH.formatted(
                    "pull_request",
                    "if: github.event_name == 'pull_request' &&"
                        + " github.event.pull_request.head.repo.full_name == github.repository")))
        .isEmpty();
    assertThat(
            WorkflowRuleTester.run(
                new ForkSecretsRule(),
                PUBLISH.formatted(
                    "pull_request_target", "if: ${{ !github.event.pull_request.head.repo.fork }}")))
        .isEmpty();
  }

  @Test
  void flagsASecretInAJobThatRunsForPullRequestTarget() {
    assertThat(
            WorkflowRuleTester.run(
                new ForkSecretsRule(), PUBLISH.formatted("pull_request_target", "")))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                8,
                "job 'publish' reads secret SONAR_TOKEN, but the workflow runs for pull"
                    + " requests from forks (pull_request_target): that run has the"
                    + " repository's secrets, and anyone who opens a pull request from a"
                    + " fork starts it. Read secrets in the workflows of push, release or a"
                    + " GitHub environment, or guard the job with if:"
                    + " github.event.pull_request.head.repo.full_name =="
                    + " github.repository."));
  }

  @Test
  void aGuardJoinedByOrDoesNotExcludeForks() {
    assertThat(
            WorkflowRuleTester.run(
                new ForkSecretsRule(),
                PUBLISH.formatted(
                    "pull_request",
                    "if: github.event.pull_request.head.repo.full_name == github.repository ||"
                        + " true")))
        .hasSize(1);
  }

  @Test
  void flagsInheritedSecretsAndTheWorkflowEnvOnPullRequestsAndThePrPipeline() {
    assertThat(
            WorkflowRuleTester.run(
                new ForkSecretsRule(),
                """
                on:
                  pull_request:
                env:
                  KEY: ${{ secrets.KEY }}
                jobs:
                  pipeline:
                    uses: acme/lifeos-build/.github/workflows/lifeos-pr.yml@v1
                    secrets: inherit
                """))
        .extracting(Finding::line)
        .containsExactly(4, 8);
    assertThat(
            WorkflowRuleTester.run(
                new ForkSecretsRule(),
                "lifeos-pr.yml",
                """
                on: workflow_call
                jobs:
                  lint:
                    steps:
                      - run: ./mvnw -Ppr verify -Dsonar.token=${{ secrets.SONAR_TOKEN }}
                """))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("(pull_request, which starts the PR pipeline)");
  }
}
