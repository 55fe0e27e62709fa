package dev.lifeos.maven.timing;

import dev.lifeos.maven.support.GateFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which spec stage a plugin execution belongs to (spec 8.3, "build duration by stage"): a rule
 * names a plugin's artifactId, or {@code artifactId:goal} for one goal, and wins over a rule for
 * the whole plugin. Unknown plugins fall into {@code other}.
 */
public final class StageRules {
  /** The spec's stages in pipeline order, the order the report lists them. */
  public static final List<String> STAGE_ORDER =
      List.of(
          "setup",
          "lint",
          "typecheck",
          "security",
          "unit_tests",
          "migration_check",
          "integration_tests",
          "coverage",
          "build",
          "push",
          "publish",
          "validate_tag",
          "run_migrations",
          "smoke_test",
          "other");

  private static final String DEFAULTS =
      "maven-clean-plugin=setup, maven-enforcer-plugin=setup, lifeos-maven-plugin=setup,"
          + " spotless-maven-plugin=lint, maven-checkstyle-plugin=lint, maven-pmd-plugin=lint,"
          + " fmt-maven-plugin=lint, maven-compiler-plugin=typecheck,"
          + " lifeos-maven-plugin:prepare-typecheck=typecheck, lifeos-maven-plugin:typecheck=typecheck,"
          + " lifeos-maven-plugin:prepare-compiler=typecheck,"
          + " spotbugs-maven-plugin=security, dependency-check-maven=security,"
          + " lifeos-maven-plugin:audit-data-age=security, lifeos-maven-plugin:security-analyze=security,"
          + " lifeos-maven-plugin:security-await=security, lifeos-maven-plugin:prepare-security=security,"
          + " maven-surefire-plugin=unit_tests, lifeos-maven-plugin:check-migrations=migration_check,"
          + " lifeos-maven-plugin:prepare-migrations=migration_check,"
          + " maven-failsafe-plugin=integration_tests, maven-invoker-plugin=integration_tests,"
          + " jacoco-maven-plugin=coverage, lifeos-maven-plugin:diff-coverage=coverage,"
          + " lifeos-maven-plugin:coverage-scope=coverage,"
          + " maven-resources-plugin=build, maven-jar-plugin=build, maven-war-plugin=build,"
          + " maven-shade-plugin=build, maven-assembly-plugin=build, maven-source-plugin=build,"
          + " maven-javadoc-plugin=build, maven-plugin-plugin=build, spring-boot-maven-plugin=build,"
          + " lifeos-maven-plugin:image-tags=build, jib-maven-plugin=build,"
          + " cyclonedx-maven-plugin=build,"
          + " jib-maven-plugin:build=push, maven-install-plugin=publish,"
          + " maven-deploy-plugin=publish, lifeos-maven-plugin:validate-release=validate_tag,"
          + " lifeos-maven-plugin:run-migrations=run_migrations,"
          + " lifeos-maven-plugin:smoketest=smoke_test, lifeos-maven-plugin:container-smoke=smoke_test";

  private final Map<String, String> rules;

  private StageRules(Map<String, String> rules) {
    this.rules = rules;
  }

  /**
   * The default rules plus {@code extra} ({@code plugin[:goal]=stage}, comma-separated), which win
   * over the defaults.
   */
  public static StageRules withExtra(String extra) throws GateFailure {
    Map<String, String> rules = new HashMap<>();
    parse(DEFAULTS, rules);
    if (extra != null) {
      parse(extra, rules);
    }
    return new StageRules(rules);
  }

  private static void parse(String text, Map<String, String> rules) throws GateFailure {
    for (String rule : text.split(",")) {
      if (rule.isBlank()) {
        continue;
      }
      String[] sides = rule.split("=", -1);
      if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
        throw new GateFailure(
            "lifeos.timings.stages: '"
                + rule.trim()
                + "' is not plugin[:goal]=stage, e.g. maven-checkstyle-plugin=lint.");
      }
      rules.put(sides[0].trim(), sides[1].trim());
    }
  }

  public String stageOf(Execution execution) {
    String byGoal = rules.get(execution.pluginArtifactId() + ":" + execution.goal());
    if (byGoal != null) {
      return byGoal;
    }
    return rules.getOrDefault(execution.pluginArtifactId(), "other");
  }
}
