package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class PersistCredentialsRuleTest {
  @Test
  void aCheckoutWithoutTheTokenAndAJobThatPushesPass() {
    assertThat(
            WorkflowRuleTester.run(
                new PersistCredentialsRule(),
                """
                jobs:
                  test:
                    steps:
                      - uses: actions/checkout@v4
                        with:
                          fetch-depth: 0
                          persist-credentials: false
                      - run: ./mvnw verify
                  release:
                    steps:
                      - uses: actions/checkout@v4
                      - run: ./mvnw -B release:prepare release:perform
                  tag:
                    steps:
                      - uses: actions/checkout@v4
                      - run: git push origin v1.0.0
                """))
        .isEmpty();
  }

  @Test
  void flagsACheckoutThatKeepsTheTokenInAJobThatDoesNotPush() {
    assertThat(
            WorkflowRuleTester.run(
                new PersistCredentialsRule(),
                """
                jobs:
                  test:
                    steps:
                      - name: Checkout
                        uses: actions/checkout@v4
                      - uses: actions/checkout@v4
                        with:
                          persist-credentials: true
                      - run: ./mvnw -Pmain deploy
                """))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                4,
                "job 'test' step 1 ('Checkout') checks out with the job's token saved in"
                    + " .git/config (persist-credentials defaults to true), where every later"
                    + " step, Maven plugin and test can read it, and the job pushes no commits:"
                    + " set with.persist-credentials: false."),
            tuple(
                6,
                "job 'test' step 2 checks out with the job's token saved in .git/config"
                    + " (persist-credentials defaults to true), where every later step, Maven"
                    + " plugin and test can read it, and the job pushes no commits: set"
                    + " with.persist-credentials: false."));
  }
}
