package dev.lifeos.maven.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobTimeoutRuleTest {
  @Test
  void flagsAJobWithoutTimeoutAtItsLine() {
    assertThat(
            Check.rule(
                new JobTimeoutRule(),
                """
                jobs:
                  fast:
                    timeout-minutes: 2
                    steps: [{run: ./mvnw validate}]
                  slow:
                    steps: [{run: ./mvnw verify}]
                  pipeline:
                    uses: acme/lifeos-build/.github/workflows/lifeos-pr.yml@v1
                """))
        .extracting(Violation::line)
        .containsExactly(5);
  }
}
