package dev.lifeos.maven.workflows.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lifeos.maven.rules.Finding;
import org.junit.jupiter.api.Test;

class PermissionsRuleTest {
  @Test
  void readOnlyWorkflowWithAWriteOnTheJobThatNeedsItPasses() {
    assertThat(
            WorkflowRuleTester.run(
                new PermissionsRule(),
                """
                permissions:
                  contents: read
                jobs:
                  test:
                    steps: [{run: ./mvnw verify}]
                  push:
                    permissions:
                      contents: read
                      packages: write
                    steps: [{run: ./mvnw deploy}]
                """))
        .isEmpty();
  }

  @Test
  void permissionsOnEveryJobOrWritesOnASingleJobWorkflowPass() {
    assertThat(
            WorkflowRuleTester.run(
                new PermissionsRule(),
                """
                jobs:
                  test:
                    permissions: {contents: read}
                    steps: [{run: ./mvnw verify}]
                  push:
                    permissions: {packages: write}
                    steps: [{run: ./mvnw deploy}]
                """))
        .isEmpty();
    assertThat(
            WorkflowRuleTester.run(
                new PermissionsRule(),
                """
                permissions:
                  contents: read
                  packages: write
                jobs:
                  pipeline:
                    uses: acme/lifeos-build/.github/workflows/lifeos-main.yml@v1
                """))
        .isEmpty();
  }

  @Test
  void flagsAJobWithoutPermissionsWhenTheWorkflowSetsNone() {
    assertThat(
            WorkflowRuleTester.run(
                new PermissionsRule(),
                """
                jobs:
                  test:
                    permissions: {contents: read}
                    steps: [{run: ./mvnw verify}]
                  lint:
                    steps: [{run: ./mvnw spotless:check}]
                """))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                5,
                "job 'lint' sets no permissions, nor does the workflow: its token gets the"
                    + " repository's default, write access to everything in many"
                    + " repositories. Add permissions: {contents: read} to the workflow,"
                    + " and the writes a job needs to that job."));
  }

  @Test
  void flagsWriteAllAndWorkflowWideWrites() {
    assertThat(
            WorkflowRuleTester.run(
                new PermissionsRule(),
                """
                permissions:
                  contents: write
                jobs:
                  test:
                    steps: [{run: ./mvnw verify}]
                  push:
                    permissions: write-all
                    steps: [{run: ./mvnw deploy}]
                """))
        .extracting(Finding::line, Finding::message)
        .containsExactly(
            tuple(
                1,
                "the workflow grants contents: write to all 2 jobs: grant a write on the job that"
                    + " needs it (jobs.<id>.permissions) and keep the workflow's permissions"
                    + " read-only."),
            tuple(
                7,
                "job 'push' grants its token write-all: name the scopes each job needs,"
                    + " permissions: {contents: read} and the writes a job makes (packages: write"
                    + " to push an image) on that job."));
    assertThat(
            WorkflowRuleTester.run(
                new PermissionsRule(),
                "permissions: write-all\njobs:\n  a:\n    steps: [{run: ./mvnw verify}]\n"))
        .extracting(Finding::line)
        .containsExactly(1);
  }
}
