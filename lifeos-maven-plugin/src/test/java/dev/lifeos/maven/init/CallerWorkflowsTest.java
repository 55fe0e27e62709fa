package dev.lifeos.maven.init;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.workflows.WorkflowChecker;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The caller workflows lifeos:init writes pass check-workflows, and fit the reusable workflows of
 * this repository: every input they pass is declared, every required input is passed, every secret
 * they pass is declared.
 */
class CallerWorkflowsTest {
  static final Path REUSABLE = Path.of("..", ".github", "workflows");
  static final WorkflowChecker CHECKER =
      new WorkflowChecker(
          WorkflowPolicy.of(Set.of("pr", "main", "release", "nightly"), List.of(), List.of()));

  @ParameterizedTest
  @ValueSource(strings = {"pr", "main", "release", "nightly"})
  void theCallerPassesCheckWorkflows(String pipeline) throws Exception {
    String name = "lifeos-" + pipeline + ".yml";
    String caller = caller(name);

    assertThat(CHECKER.check(name, caller)).isEmpty();
  }

  @Test
  void failsWhenACallerLosesTheSpecsTrigger() throws Exception {
    String pr = caller("lifeos-pr.yml").replace("[main, develop, 'release/*']", "[main]");
    String nightly = caller("lifeos-nightly.yml").replace("'0 2 * * *'", "'0 4 * * *'");

    assertThat(CHECKER.check("lifeos-pr.yml", pr))
        .extracting(v -> v.rule().id() + ": " + v.message())
        .containsExactly(
            "triggers: on.pull_request.branches lacks 'develop': the pr pipeline starts on pull"
                + " request to main, develop or release/* (spec section 1).",
            "triggers: on.pull_request.branches lacks 'release/*': the pr pipeline starts on pull"
                + " request to main, develop or release/* (spec section 1).");
    assertThat(CHECKER.check("lifeos-nightly.yml", nightly))
        .extracting(v -> v.rule().id())
        .containsExactly("triggers");
  }

  @Test
  void failsWhenACallerLosesItsHardening() throws Exception {
    String pr = caller("lifeos-pr.yml");
    String inherits = pr.replace("    with:\n", "    secrets: inherit\n    with:\n");
    String noPermissions =
        pr.substring(0, pr.indexOf("permissions:")) + pr.substring(pr.indexOf("jobs:"));
    String byBranch = pr.replace("lifeos-pr.yml@v0.1.0", "lifeos-pr.yml@main");

    assertThat(CHECKER.check("lifeos-pr.yml", inherits))
        .extracting(v -> v.rule().id())
        .containsExactlyInAnyOrder("fork-secrets", "secret-scope");
    assertThat(CHECKER.check("lifeos-pr.yml", noPermissions))
        .extracting(v -> v.rule().id())
        .containsExactly("permissions");
    assertThat(CHECKER.check("lifeos-pr.yml", byBranch))
        .extracting(v -> v.rule().id())
        .containsExactly("pinned-actions");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pr", "main", "release", "nightly"})
  @SuppressWarnings("unchecked")
  void theCallerFitsTheReusableWorkflow(String pipeline) throws Exception {
    String name = "lifeos-" + pipeline + ".yml";
    Map<String, Object> job =
        (Map<String, Object>)
            ((Map<String, Object>) load(caller(name)).get("jobs")).get("pipeline");
    Map<String, Object> call =
        (Map<String, Object>)
            ((Map<String, Object>) load(Files.readString(REUSABLE.resolve(name))).get("on"))
                .get("workflow_call");
    Map<String, Map<String, Object>> inputs = (Map<String, Map<String, Object>>) call.get("inputs");
    Map<String, Object> secrets = (Map<String, Object>) call.getOrDefault("secrets", Map.of());
    Map<String, Object> with = (Map<String, Object>) job.get("with");
    Map<String, Object> passedSecrets = (Map<String, Object>) job.getOrDefault("secrets", Map.of());

    assertThat(job.get("uses").toString()).endsWith("/.github/workflows/" + name + "@v0.1.0");
    assertThat(inputs.keySet()).containsAll(with.keySet());
    Set<String> required =
        inputs.entrySet().stream()
            .filter(e -> Boolean.TRUE.equals(e.getValue().get("required")))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    assertThat(with.keySet()).containsAll(required);
    assertThat(secrets.keySet()).containsAll(passedSecrets.keySet());
  }

  private static String caller(String name) throws Exception {
    return ServiceScaffold.of(ServiceScaffoldTest.SETTINGS)
        .content(".github/workflows/" + name)
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(String yaml) {
    // GitHub reads "on" as a key; SnakeYAML's YAML 1.1 would make it true, so quote it first.
    return (Map<String, Object>) new Yaml().load(yaml.replaceFirst("(?m)^on:", "\"on\":"));
  }
}
