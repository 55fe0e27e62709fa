package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import org.junit.jupiter.api.Test;

class PinnedActionsRuleTest {
  private static final String SHA = "ae59a723ba9abe7a9655538854a025448dbab4aa";

  private static final String STEPS =
      """
      jobs:
        deploy:
          steps:
            - uses: %s
      """;

  @Test
  void aThirdPartyActionPinnedToACommitShaPasses() {
    assertThat(
            WorkflowRuleTester.run(
                new PinnedActionsRule(), STEPS.formatted("azure/k8s-set-context@" + SHA)))
        .isEmpty();
  }

  @Test
  void firstPartyActionsByVersionTagAndLocalActionsPass() {
    for (String uses :
        new String[] {"actions/checkout@v4", "actions/cache/save@v4.2.3", "./.github/my-action"}) {
      assertThat(WorkflowRuleTester.run(new PinnedActionsRule(), STEPS.formatted(uses)))
          .as(uses)
          .isEmpty();
    }
  }

  @Test
  void flagsAThirdPartyActionByTag() {
    assertThat(
            WorkflowRuleTester.run(
                new PinnedActionsRule(), STEPS.formatted("azure/k8s-set-context@v4")))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                4,
                "job 'deploy' step 1 uses action 'azure/k8s-set-context' at 'v4', which its"
                    + " owner, or whoever takes over the repository, can move to other"
                    + " code that then runs with this job's token and secrets: pin the"
                    + " full 40-character commit SHA of the release, with its tag as a"
                    + " comment: azure/k8s-set-context@<commit sha> # vX.Y.Z (only"
                    + " actions/* and the LifeOS pipelines may use a tag, while"
                    + " lifeos.workflows.allowFirstPartyTags is true)."));
  }

  @Test
  void flagsAShortShaABranchAndNoRef() {
    assertThat(
            WorkflowRuleTester.run(
                new PinnedActionsRule(),
                """
                jobs:
                  build:
                    steps:
                      - uses: github/codeql-action/upload-sarif@dd903d2
                      - uses: actions/checkout@main
                      - uses: some/action
                      - uses: docker://alpine:3.20
                      - uses: docker://alpine@sha256:%s
                """
                    .formatted("a".repeat(64))))
        .extracting(Finding::line)
        .containsExactly(4, 5, 6, 7);
  }

  @Test
  void firstPartyTagsCanBeSwitchedOff() {
    WorkflowPolicy strict = WorkflowRuleTester.POLICY.allowingFirstPartyTags(false);
    String yaml =
        """
        jobs:
          pipeline:
            uses: acme/lifeos-build/.github/workflows/lifeos-pr.yml@v0.1.0
          build:
            steps:
              - uses: actions/checkout@v4
              - uses: actions/checkout@%s
        """
            .formatted(SHA);

    assertThat(WorkflowRuleTester.run(new PinnedActionsRule(), yaml)).isEmpty();
    assertThat(WorkflowRuleTester.run(new PinnedActionsRule(), "ci.yml", yaml, strict))
        .extracting(Finding::line)
        .containsExactly(3, 6);
  }

  @Test
  void aReusableWorkflowOfAnotherRepositoryIsPinnedByShaALocalOneIsNot() {
    assertThat(
            WorkflowRuleTester.run(
                new PinnedActionsRule(),
                """
                jobs:
                  scan:
                    uses: acme/shared/.github/workflows/scan.yml@v2
                  local:
                    uses: ./.github/workflows/scan.yml
                """))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .startsWith("job 'scan' uses workflow 'acme/shared/.github/workflows/scan.yml' at 'v2'");
  }
}
