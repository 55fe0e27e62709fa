package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class UntrustedCheckoutRuleTest {
  private static final String CHECKOUT =
      """
      on: %s
      jobs:
        build:
          steps:
            - uses: actions/checkout@v4
              with:
                ref: ${{ github.event.pull_request.head.sha }}
            - run: ./mvnw verify
      """;

  @Test
  void thePullRequestsHeadOnPullRequestAndTheBaseOnPullRequestTargetPass() {
    assertThat(
            WorkflowRuleTester.run(new UntrustedCheckoutRule(), CHECKOUT.formatted("pull_request")))
        .isEmpty();
    assertThat(
            WorkflowRuleTester.run(
                new UntrustedCheckoutRule(),
                """
                on:
                  pull_request_target:
                    types: [opened]
                jobs:
                  label:
                    steps:
                      - uses: actions/checkout@v4
                      - run: ./mvnw validate
                """))
        .isEmpty();
  }

  @Test
  void flagsACheckoutOfTheHeadOnPullRequestTarget() {
    assertThat(
            WorkflowRuleTester.run(
                new UntrustedCheckoutRule(), CHECKOUT.formatted("[push, pull_request_target]")))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                7,
                "job 'build' step 1 checks out ref ${{ github.event.pull_request.head.sha"
                    + " }}, the pull request's own code, in a workflow started by"
                    + " pull_request_target: that run has the repository's secrets and a"
                    + " token that can write, and building the code (plugins, tests) hands"
                    + " them to whoever opened the pull request, from any fork. Build pull"
                    + " requests on pull_request, which runs without them; keep"
                    + " pull_request_target for jobs that only label or comment, on the"
                    + " base branch's code."));
  }

  @Test
  void flagsTheHeadRepositoryTheMergeRefAndCommandsThatFetchIt() {
    assertThat(
            WorkflowRuleTester.run(
                new UntrustedCheckoutRule(),
                """
                on:
                  pull_request_target:
                jobs:
                  build:
                    steps:
                      - uses: actions/checkout@v4
                        with:
                          repository: ${{ github.event.pull_request.head.repo.full_name }}
                          ref: ${{ github.head_ref }}
                      - uses: actions/checkout@v4
                        with:
                          ref: refs/pull/${{ github.event.number }}/merge
                      - run: |
                          git fetch origin pull/${{ github.event.number }}/head
                          gh pr checkout ${{ github.event.number }}
                """))
        .extracting(Finding::line)
        .containsExactlyInAnyOrder(8, 9, 12, 14, 15);
  }
}
