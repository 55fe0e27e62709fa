package dev.lifeos.maven.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Finding;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.model.Profile;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This repository's own workflows (.github/workflows: ci.yml and the four reusable LifeOS
 * pipelines) pass every rule of lifeos:check-workflows, with the profiles lifeos-parent defines;
 * and the same check fails when a step runs something else than Maven or an undefined profile.
 */
class RepositoryWorkflowsTest {
  static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  static final Path WORKFLOWS = REPOSITORY.resolve(".github/workflows");

  static WorkflowChecker checker;

  @BeforeAll
  static void readParentProfiles() throws Exception {
    checker = new WorkflowChecker(WorkflowPolicy.of(parentProfiles(), List.of(), List.of()));
  }

  /** The profile ids of lifeos-parent/pom.xml, read with Maven's own model reader. */
  static Set<String> parentProfiles() throws Exception {
    try (Reader pom = Files.newBufferedReader(REPOSITORY.resolve("lifeos-parent/pom.xml"))) {
      Set<String> ids = new TreeSet<>();
      for (Profile profile : new MavenXpp3Reader().read(pom).getProfiles()) {
        ids.add(profile.getId());
      }
      return ids;
    }
  }

  static String workflow(String name) throws Exception {
    return Files.readString(WORKFLOWS.resolve(name));
  }

  @Test
  void everyWorkflowOfThisRepositoryPasses() throws Exception {
    WorkflowReport report = checker.checkDirectory(WORKFLOWS, name -> true);

    assertThat(report.files())
        .containsExactly(
            "ci.yml",
            "lifeos-main.yml",
            "lifeos-nightly.yml",
            "lifeos-pr.yml",
            "lifeos-release.yml");
    assertThat(report.violations()).isEmpty();
  }

  @Test
  void theParentDefinesThePipelineProfiles() throws Exception {
    assertThat(parentProfiles()).contains("pr", "main", "release", "nightly");
  }

  @Test
  void failsWhenAStepRunsPytest() throws Exception {
    String yaml =
        workflow("lifeos-pr.yml").replace("./mvnw -Ppr lifeos:check-migrations", "pytest -m unit");

    assertThat(checker.check("lifeos-pr.yml", yaml))
        .extracting(f -> f.rule().id(), Finding::message)
        .anySatisfy(
            v ->
                assertThat(v.toList())
                    .containsExactly(
                        "maven-only",
                        "job 'migration-check' step 4 ('Flyway migrations (names, versions, branch"
                            + " conflicts, dangerous operations, apply)') runs 'pytest -m unit',"
                            + " which is not a Maven call. Every check is ./mvnw with a profile or"
                            + " a lifeos: goal, so a developer runs it the same way; besides Maven"
                            + " a step may run only [kubectl apply, kubectl set image, kubectl"
                            + " rollout status, kubectl rollout undo] (more with"
                            + " -Dlifeos.workflows.allowedCommands)."));
  }

  @Test
  void failsWhenAStepNamesAnUndefinedProfile() throws Exception {
    String yaml = workflow("lifeos-main.yml").replace("./mvnw -Pmain test ", "./mvnw -Pfoo test ");

    assertThat(checker.check("lifeos-main.yml", yaml))
        .extracting(f -> f.rule().id())
        .containsExactly("defined-profiles");
  }

  @Test
  void failsWhenASpecTimeoutIsRaisedOrDropped() throws Exception {
    String yaml = workflow("lifeos-release.yml");

    assertThat(
            checker.check(
                "lifeos-release.yml", yaml.replace("timeout-minutes: 15", "timeout-minutes: 20")))
        .extracting(Finding::message)
        .containsExactly(
            "job 'deploy-prod' has timeout-minutes: 20, but the spec gives stage deploy_prod 15"
                + " min: lower it to 15 or less.");
    assertThat(checker.check("lifeos-release.yml", yaml.replace("    timeout-minutes: 1\n", "")))
        .extracting(f -> f.rule().id())
        .containsExactlyInAnyOrder("job-timeout", "spec-stages");
  }

  @Test
  void failsWhenADeploySecretLeavesItsEnvironment() throws Exception {
    String yaml =
        workflow("lifeos-main.yml").replace("    environment: staging\n    steps:", "    steps:");

    assertThat(checker.check("lifeos-main.yml", yaml))
        .extracting(f -> f.rule().id())
        .containsOnly("secret-scope");
  }

  @Test
  void failsWhenTheHardeningIsUndone() throws Exception {
    String main = workflow("lifeos-main.yml");
    String unpinned =
        main.replace(
            "azure/k8s-set-context@ae59a723ba9abe7a9655538854a025448dbab4aa # v4.0.2",
            "azure/k8s-set-context@v4");
    String injected =
        main.replace(
            "\"-Dlifeos.smoke.url=$SMOKE_URL\"", "-Dlifeos.smoke.url=${{ inputs.staging-url }}");
    String tokenKept =
        main.replace(
            "        with:\n          persist-credentials: false # no job pushes commits",
            "        #");
    String writeAll = main.replace("permissions:\n  contents: read\n", "permissions: write-all\n");

    assertThat(checker.check("lifeos-main.yml", unpinned))
        .extracting(Finding::message)
        .containsExactlyInAnyOrder(
            pinMessage("deploy-staging", 2), pinMessage("rollback-staging", 1));
    assertThat(checker.check("lifeos-main.yml", injected))
        .extracting(f -> f.rule().id())
        .containsExactly("template-injection");
    assertThat(checker.check("lifeos-main.yml", tokenKept))
        .extracting(f -> f.rule().id())
        .hasSize(10)
        .containsOnly("persist-credentials");
    assertThat(checker.check("lifeos-main.yml", writeAll))
        .extracting(f -> f.rule().id())
        .containsExactly("permissions");
  }

  private static String pinMessage(String job, int step) {
    return "job '"
        + job
        + "' step "
        + step
        + " uses action 'azure/k8s-set-context' at 'v4', which its owner, or whoever takes over"
        + " the repository, can move to other code that then runs with this job's token and"
        + " secrets: pin the full 40-character commit SHA of the release, with its tag as a"
        + " comment: azure/k8s-set-context@<commit sha> # vX.Y.Z (only actions/* and the LifeOS"
        + " pipelines may use a tag, while lifeos.workflows.allowFirstPartyTags is true).";
  }
}
