package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class ApprovalInEnvRuleTest {
  @Test
  void approvalOnTheCommandLineOfTheProductionJobPasses() {
    assertThat(
            WorkflowRuleTester.run(
                new ApprovalInEnvRule(),
                """
                jobs:
                  deploy-prod:
                    environment: production
                    env:
                      MAVEN_OPTS: -Xmx1g
                    steps:
                      - run: >-
                          ./mvnw lifeos:run-migrations -Dlifeos.env=production
                          -Dlifeos.migrations.productionApproved=true
                """))
        .isEmpty();
  }

  @Test
  void flagsTheApprovalInMavenArgsOfTheWorkflowAJobAndAStep() {
    assertThat(
            WorkflowRuleTester.run(
                new ApprovalInEnvRule(),
                """
                env:
                  MAVEN_ARGS: -B -Dlifeos.migrations.productionApproved=true
                jobs:
                  deploy-prod:
                    environment: production
                    env:
                      JAVA_TOOL_OPTIONS: -Dlifeos.migrations.productionApproved=true
                    steps:
                      - name: Migrate
                        run: ./mvnw lifeos:run-migrations -Dlifeos.env=production
                        env:
                          MAVEN_OPTS: "-Dlifeos.migrations.productionApproved=TRUE"
                """))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                2,
                "the workflow sets lifeos.migrations.productionApproved in MAVEN_ARGS, which every"
                    + " Maven run in its scope gets: run-migrations refuses an approval from there."
                    + " Put -Dlifeos.migrations.productionApproved=true on the ./mvnw"
                    + " lifeos:run-migrations command line of the job that waits for the production"
                    + " environment's reviewers."),
            tuple(
                7,
                "job 'deploy-prod' sets lifeos.migrations.productionApproved in JAVA_TOOL_OPTIONS,"
                    + " which every Maven run in its scope gets: run-migrations refuses an approval"
                    + " from there. Put -Dlifeos.migrations.productionApproved=true on the ./mvnw"
                    + " lifeos:run-migrations command line of the job that waits for the production"
                    + " environment's reviewers."),
            tuple(
                12,
                "job 'deploy-prod' step 1 ('Migrate') sets lifeos.migrations.productionApproved in"
                    + " MAVEN_OPTS, which every Maven run in its scope gets: run-migrations refuses an"
                    + " approval from there. Put -Dlifeos.migrations.productionApproved=true on the"
                    + " ./mvnw lifeos:run-migrations command line of the job that waits for the"
                    + " production environment's reviewers."));
  }

  @Test
  void otherVariablesMayMentionIt() {
    assertThat(
            WorkflowRuleTester.run(
                new ApprovalInEnvRule(),
                """
                jobs:
                  docs:
                    env:
                      NOTE: never put -Dlifeos.migrations.productionApproved=true in MAVEN_ARGS
                    steps:
                      - run: ./mvnw verify
                """))
        .isEmpty();
  }
}
