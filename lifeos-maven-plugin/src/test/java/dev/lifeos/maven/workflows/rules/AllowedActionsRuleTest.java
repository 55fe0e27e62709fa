package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class AllowedActionsRuleTest {
  @Test
  void plumbingActionsPass() {
    assertThat(
            WorkflowRuleTester.run(
                new AllowedActionsRule(),
                """
                jobs:
                  build:
                    steps:
                      - uses: actions/checkout@v4
                      - uses: actions/setup-java@v4
                      - uses: actions/cache@v4
                      - uses: actions/upload-artifact@v4
                      - uses: github/codeql-action/upload-sarif@v3
                      - uses: azure/k8s-set-context@v4
                """))
        .isEmpty();
  }

  @Test
  void flagsAnActionThatChecksSomething() {
    assertThat(
            WorkflowRuleTester.run(
                new AllowedActionsRule(),
                """
                jobs:
                  lint:
                    steps:
                      - uses: github/super-linter@v5
                """))
        .extracting(Finding::line, Finding::message)
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.toString())
                    .contains("4")
                    .contains("uses action 'github/super-linter', which is not allowed"));
  }

  @Test
  void callsOfLifeosPipelinesPassOthersDoNot() {
    assertThat(
            WorkflowRuleTester.run(
                new AllowedActionsRule(),
                """
                jobs:
                  pipeline:
                    uses: acme/lifeos-build/.github/workflows/lifeos-pr.yml@v0.1.0
                  other:
                    uses: acme/tools/.github/workflows/python-tests.yml@main
                """))
        .extracting(Finding::line)
        .containsExactly(5);
  }
}
