package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class FullHistoryRuleTest {
  private static final String JOB =
      """
      jobs:
        migration-check:
          steps:
            - uses: actions/checkout@v4
              %s
            - run: %s
      """;

  @Test
  void aBranchCheckWithTheWholeHistoryPasses() {
    assertThat(
            WorkflowRuleTester.run(
                new FullHistoryRule(),
                JOB.formatted("with: {fetch-depth: 0}", "./mvnw lifeos:check-migrations")))
        .isEmpty();
  }

  @Test
  void flagsABranchCheckOnAShallowCheckout() {
    assertThat(
            WorkflowRuleTester.run(
                new FullHistoryRule(), JOB.formatted("", "./mvnw lifeos:check-migrations")))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                4,
                "job 'migration-check' runs lifeos:check-migrations, which compares with the base"
                    + " branch, but checks out one commit: set with.fetch-depth: 0 on"
                    + " actions/checkout, or the branch checks are skipped for lack of a base"
                    + " ref."));
  }

  @Test
  void thePrPipelinesVerifyNeedsHistoryOtherBuildsDoNot() {
    assertThat(
            WorkflowRuleTester.run(new FullHistoryRule(), JOB.formatted("", "./mvnw -Ppr verify")))
        .hasSize(1);
    assertThat(
            WorkflowRuleTester.run(
                new FullHistoryRule(), JOB.formatted("", "./mvnw -Ppr test-compile")))
        .isEmpty();
    assertThat(
            WorkflowRuleTester.run(
                new FullHistoryRule(), JOB.formatted("", "./mvnw -Pmain verify")))
        .isEmpty();
  }
}
