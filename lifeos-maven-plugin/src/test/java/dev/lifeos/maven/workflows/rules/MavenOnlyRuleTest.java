package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.WorkflowChecker;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class MavenOnlyRuleTest {
  private static List<Finding> check(String steps) {
    return WorkflowRuleTester.run(
        new MavenOnlyRule(),
        """
        on: push
        jobs:
          unit-tests:
            runs-on: ubuntu-latest
            timeout-minutes: 5
            steps:
        """
            + steps.indent(6));
  }

  @Test
  void mavenCallsPass() {
    assertThat(
            check(
                """
                - uses: actions/checkout@v4
                - run: ./mvnw -B -ntp -Ppr verify
                - run: |
                    ./mvnw -B lifeos:check-migrations \\
                      -Dlifeos.baseRef=origin/main
                """))
        .isEmpty();
  }

  @Test
  void flagsPytestWithItsLine() {
    List<Finding> found =
        check(
            """
            - name: Unit tests
              run: |
                ./mvnw -Ppr test
                pytest -m unit
            """);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).line()).isEqualTo(10);
    assertThat(found.get(0).message())
        .startsWith(
            "job 'unit-tests' step 1 ('Unit tests') runs 'pytest -m unit', which is not a"
                + " Maven call.");
  }

  @Test
  void flagsAFailureSwallowedWithOrTrue() {
    assertThat(check("- run: ./mvnw verify || true"))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("runs 'true'");
  }

  @Test
  void allowsTheDeploymentCommandsOnly() {
    assertThat(
            check(
                """
                - run: kubectl apply -f deploy/k8s/staging
                - run: kubectl rollout status deployment/app --timeout=5m
                - run: kubectl rollout undo deployment/app
                - run: kubectl set image deployment/app app=$IMAGE
                """))
        .isEmpty();
    assertThat(check("- run: kubectl delete namespace prod")).hasSize(1);
  }

  @Test
  void flagsAnotherInterpreter() {
    assertThat(
            check(
                """
                - shell: python
                  run: print("checks")
                """))
        .extracting(Finding::message)
        .anyMatch(message -> message.contains("runs its script with 'python'"));
  }

  @Test
  void flagsACommandHiddenInASubstitution() {
    assertThat(check("- run: ./mvnw -Drevision=$(git describe) verify"))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("hides a command in a command substitution");
  }

  @Test
  void flagsAnExpressionAsTheProgram() {
    assertThat(check("- run: ${{ inputs.command }}")).hasSize(1);
  }

  @Test
  void moreCommandsCanBeAllowed() {
    WorkflowPolicy policy =
        WorkflowPolicy.of(WorkflowRuleTester.POLICY.profiles(), List.of(), List.of("npm ci"));
    String yaml =
        """
        on: push
        jobs:
          web:
            steps:
              - run: npm ci
        """;

    assertThat(new WorkflowChecker(policy).check("web.yml", yaml))
        .noneMatch(v -> v.rule().id().equals("maven-only"));
  }
}
