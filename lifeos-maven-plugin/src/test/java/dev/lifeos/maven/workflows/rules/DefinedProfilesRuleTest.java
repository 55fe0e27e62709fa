package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class DefinedProfilesRuleTest {
  @Test
  void pipelineProfilesPass() {
    assertThat(
            WorkflowRuleTester.run(
                new DefinedProfilesRule(),
                """
                jobs:
                  build:
                    steps:
                      - run: ./mvnw -Ppr verify && ./mvnw -P main,!nightly deploy -P?local
                """))
        .isEmpty();
  }

  @Test
  void flagsAnUndefinedProfileAndListsTheDefinedOnes() {
    assertThat(
            WorkflowRuleTester.run(
                new DefinedProfilesRule(),
                """
                jobs:
                  build:
                    steps:
                      - run: ./mvnw -Pfoo verify
                """))
        .extracting(Finding::toString)
        .containsExactly(
            "ci.yml:4: job 'build' runs Maven with profile 'foo', which no POM of the project"
                + " defines (defined: main, nightly, pr, release). Use a pipeline profile of"
                + " lifeos-parent (pr, main, release, nightly) or define the profile."
                + " [defined-profiles]");
  }

  @Test
  void aProfileFromAnInputIsNotJudged() {
    assertThat(
            WorkflowRuleTester.run(
                new DefinedProfilesRule(),
                """
                jobs:
                  build:
                    steps:
                      - run: ./mvnw -P${{ inputs.profile }} verify
                """))
        .isEmpty();
  }
}
