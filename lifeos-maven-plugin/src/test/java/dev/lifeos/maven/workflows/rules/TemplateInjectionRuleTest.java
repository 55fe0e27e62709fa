package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class TemplateInjectionRuleTest {
  @Test
  void valuesPassedThroughEnvAndTrustedContextsPass() {
    assertThat(
            WorkflowRuleTester.run(
                new TemplateInjectionRule(),
                """
                on:
                  workflow_call:
                    inputs:
                      shards: {type: number}
                      integration-tests: {type: boolean}
                jobs:
                  build:
                    steps:
                      - env:
                          TITLE: ${{ github.event.pull_request.title }}
                        run: |
                          ./mvnw verify -Dtitle="$TITLE" -Dshards=${{ inputs.shards }}
                          ./mvnw verify -Dsha=${{ github.sha }} -Djdk=${{ matrix.java }}
                          ./mvnw verify -Dit=${{ inputs.integration-tests }} -De=${{ github.event_name }}
                          ./mvnw verify -Dx=${{ format('github.event {0}', runner.os) }}
                """))
        .isEmpty();
  }

  @Test
  void flagsAnEventFieldExpandedInAScript() {
    assertThat(
            WorkflowRuleTester.run(
                new TemplateInjectionRule(),
                """
                on: pull_request_target
                jobs:
                  greet:
                    steps:
                      - name: Greet
                        run: |
                          ./mvnw validate
                          ./mvnw validate -Dtitle="${{ github.event.pull_request.title }}"
                """))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                8,
                "job 'greet' step 1 ('Greet') expands ${{ github.event.pull_request.title"
                    + " }} inside its script: GitHub pastes the value of"
                    + " github.event.pull_request.title into the script before the shell"
                    + " reads it, so whoever writes it (a pull request's title or branch, a"
                    + " comment, a caller's input) runs commands with this job's token"
                    + " (template injection). Pass it through the step's env: (env: {VALUE:"
                    + " ${{ github.event.pull_request.title }}}) and use \"$VALUE\" in the"
                    + " script."));
  }

  @Test
  void flagsEveryAttackerControlledSpelling() {
    String[] expressions = {
      "github.head_ref",
      "github['event'].issue.body",
      "GitHub.Event.comment.body",
      "toJSON(github)",
      "inputs.image",
      "inputs['image']",
      "github.event.inputs.name",
      "env.TITLE",
      "fromJSON(steps.x.outputs.y)[github.head_ref]"
    };
    for (String expression : expressions) {
      String yaml =
          """
          on:
            workflow_call:
              inputs:
                image: {type: string}
          jobs:
            build:
              steps:
                - run: ./mvnw verify -Dx=${{ %s }}
          """
              .formatted(expression);
      assertThat(WorkflowRuleTester.run(new TemplateInjectionRule(), yaml))
          .as(expression)
          .hasSize(1);
    }
  }

  @Test
  void anEnvValueReadBackAsAnExpressionIsFlaggedWithTheShellVariable() {
    assertThat(
            WorkflowRuleTester.run(
                new TemplateInjectionRule(),
                """
                jobs:
                  build:
                    steps:
                      - env:
                          TITLE: ${{ github.event.issue.title }}
                        run: ./mvnw verify -Dtitle="${{ env.TITLE }}"
                """))
        .extracting(Finding::message)
        .containsExactly(
            "job 'build' step 1 expands ${{ env.TITLE }} inside its script, which pastes the value"
                + " into the script again, where a quote or $( ) in it runs as code (template"
                + " injection): read it as a shell variable, \"$TITLE\".");
  }

  @Test
  void flagsAnUndeclaredInputAndAGithubScript() {
    assertThat(
            WorkflowRuleTester.run(
                new TemplateInjectionRule(),
                """
                on: workflow_dispatch
                jobs:
                  label:
                    steps:
                      - uses: actions/github-script@v7
                        with:
                          script: |
                            console.log("${{ github.event.issue.title }}")
                      - run: ./mvnw verify -Dv=${{ inputs.version }}
                """))
        .extracting(Finding::line)
        .containsExactly(8, 9);
  }
}
