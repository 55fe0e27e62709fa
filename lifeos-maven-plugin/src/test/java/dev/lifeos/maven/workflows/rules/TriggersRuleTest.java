package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggersRuleTest {
  private static List<Finding> caller(String pipeline, String on) {
    return WorkflowRuleTester.run(
        new TriggersRule(),
        "ci.yml",
        on
            + "\njobs:\n  pipeline:\n    uses: acme/lifeos-build/.github/workflows/lifeos-"
            + pipeline
            + ".yml@v1\n");
  }

  @Test
  void theSpecTriggersPass() {
    assertThat(caller("pr", "on:\n  pull_request:\n    branches: [main, develop, 'release/*']"))
        .isEmpty();
    assertThat(caller("main", "on:\n  push:\n    branches: [main, develop]\n  workflow_dispatch:"))
        .isEmpty();
    assertThat(caller("release", "on:\n  push:\n    tags: ['v*.*.*']")).isEmpty();
    assertThat(caller("nightly", "on:\n  schedule:\n    - cron: '0 2 * * *'")).isEmpty();
  }

  @Test
  void pullRequestsOnEveryBranchIncludeTheSpecs() {
    assertThat(caller("pr", "on: pull_request")).isEmpty();
  }

  @Test
  void flagsABranchLeftOut() {
    assertThat(caller("pr", "on:\n  pull_request:\n    branches: [main]"))
        .extracting(Finding::message)
        .containsExactly(
            "on.pull_request.branches lacks 'develop': the pr pipeline starts on pull request to"
                + " main, develop or release/* (spec section 1).",
            "on.pull_request.branches lacks 'release/*': the pr pipeline starts on pull request"
                + " to main, develop or release/* (spec section 1).");
  }

  @Test
  void flagsAMissingEvent() {
    assertThat(caller("release", "on: workflow_dispatch"))
        .extracting(Finding::message)
        .containsExactly(
            "the release pipeline must start on push of a tag v*.*.* (spec section 1): add"
                + " on.push.tags: [v*.*.*].");
  }

  @Test
  void flagsAnotherHourForTheNightly() {
    assertThat(caller("nightly", "on:\n  schedule:\n    - cron: '0 3 * * *'"))
        .extracting(Finding::line)
        .containsExactly(2);
  }

  @Test
  void aReusableWorkflowIsStartedByItsCallers() {
    assertThat(
            WorkflowRuleTester.run(
                new TriggersRule(),
                "lifeos-pr.yml",
                "on:\n  workflow_call:\njobs:\n  lint: {timeout-minutes: 2}\n"))
        .isEmpty();
  }
}
