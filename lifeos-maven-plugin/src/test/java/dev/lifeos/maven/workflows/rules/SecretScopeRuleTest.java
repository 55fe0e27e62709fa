package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class SecretScopeRuleTest {
  @Test
  void deploymentSecretsInAnEnvironmentJobAndRegistryCredentialsInThePushJobPass() {
    assertThat(
            WorkflowRuleTester.run(
                new SecretScopeRule(),
                """
                jobs:
                  migrate-staging:
                    environment: staging
                    steps:
                      - run: ./mvnw lifeos:run-migrations
                        env:
                          DATABASE_URL: ${{ secrets.DATABASE_URL }}
                  push:
                    steps:
                      - run: ./mvnw -Pmain deploy
                        env:
                          REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD || secrets.GITHUB_TOKEN }}
                """))
        .isEmpty();
  }

  @Test
  void flagsADeploymentSecretOutsideAnEnvironment() {
    assertThat(
            WorkflowRuleTester.run(
                new SecretScopeRule(),
                """
                jobs:
                  unit-tests:
                    steps:
                      - run: ./mvnw verify
                        env:
                          DATABASE_URL: ${{ secrets['DATABASE_URL'] }}
                """))
        .extracting(Finding::line, Finding::message)
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.toString())
                    .contains("6")
                    .contains(
                        "job 'unit-tests' reads secret DATABASE_URL but runs in no GitHub"
                            + " environment"));
  }

  @Test
  void flagsRegistryCredentialsInAJobThatDoesNotPush() {
    assertThat(
            WorkflowRuleTester.run(
                new SecretScopeRule(),
                """
                jobs:
                  build:
                    steps:
                      - run: ./mvnw package -Dpw=${{ secrets.REGISTRY_PASSWORD }}
                """))
        .extracting(Finding::message)
        .containsExactly(
            "job 'build' reads secret REGISTRY_PASSWORD but pushes no image: registry credentials"
                + " belong only to the job that pushes (spec 8.1).");
  }

  @Test
  void flagsSecretsInTheWorkflowEnvAndInheritedSecrets() {
    assertThat(
            WorkflowRuleTester.run(
                new SecretScopeRule(),
                """
                env:
                  JWT_SECRET_KEY: ${{ secrets.JWT_SECRET_KEY }}
                jobs:
                  pipeline:
                    uses: acme/lifeos-build/.github/workflows/lifeos-main.yml@v1
                    secrets: inherit
                """))
        .extracting(Finding::line)
        .containsExactly(2, 6);
  }
}
