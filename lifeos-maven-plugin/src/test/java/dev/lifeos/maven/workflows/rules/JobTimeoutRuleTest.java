package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class JobTimeoutRuleTest {
  @Test
  void flagsAJobWithoutTimeoutAtItsLine() {
    assertThat(
            WorkflowRuleTester.run(
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
        .extracting(Finding::line)
        .containsExactly(5);
  }
}
