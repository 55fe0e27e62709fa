package dev.lifeos.maven.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import org.junit.jupiter.api.Test;

class StageRulesTest {
  static Execution execution(String plugin, String goal) {
    return new Execution("m", "g", plugin, "1", goal, "default-" + goal, "verify");
  }

  @Test
  void mapsThePipelinesPluginsToTheSpecsStages() throws Exception {
    StageRules rules = StageRules.withExtra(null);

    assertThat(rules.stageOf(execution("spotless-maven-plugin", "check"))).isEqualTo("lint");
    assertThat(rules.stageOf(execution("maven-compiler-plugin", "compile"))).isEqualTo("typecheck");
    assertThat(rules.stageOf(execution("spotbugs-maven-plugin", "check"))).isEqualTo("security");
    assertThat(rules.stageOf(execution("maven-surefire-plugin", "test"))).isEqualTo("unit_tests");
    assertThat(rules.stageOf(execution("maven-failsafe-plugin", "verify")))
        .isEqualTo("integration_tests");
    assertThat(rules.stageOf(execution("jacoco-maven-plugin", "report"))).isEqualTo("coverage");
    assertThat(rules.stageOf(execution("lifeos-maven-plugin", "diff-coverage")))
        .isEqualTo("coverage");
    assertThat(rules.stageOf(execution("lifeos-maven-plugin", "check-migrations")))
        .isEqualTo("migration_check");
    assertThat(rules.stageOf(execution("lifeos-maven-plugin", "timings"))).isEqualTo("setup");
    assertThat(rules.stageOf(execution("jib-maven-plugin", "buildTar"))).isEqualTo("build");
    assertThat(rules.stageOf(execution("jib-maven-plugin", "build"))).isEqualTo("push");
    assertThat(rules.stageOf(execution("exec-maven-plugin", "exec"))).isEqualTo("other");
  }

  @Test
  void extraRulesWinAndGoalRulesWinOverPluginRules() throws Exception {
    StageRules rules =
        StageRules.withExtra("exec-maven-plugin=build, exec-maven-plugin:java=smoke_test");

    assertThat(rules.stageOf(execution("exec-maven-plugin", "exec"))).isEqualTo("build");
    assertThat(rules.stageOf(execution("exec-maven-plugin", "java"))).isEqualTo("smoke_test");
  }

  @Test
  void aMalformedRuleIsNamedWithAnExample() {
    assertThatThrownBy(() -> StageRules.withExtra("checkstyle"))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("'checkstyle' is not plugin[:goal]=stage");
  }
}
