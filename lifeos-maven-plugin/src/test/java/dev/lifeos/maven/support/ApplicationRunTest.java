package dev.lifeos.maven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationRunTest {
  private static final String LINT = "lint is not checked";

  @Test
  void springBootRunAsksForNoVerdictOnTheCode() {
    assertThat(ApplicationRun.whyNotJudged(List.of("clean", "spring-boot:run"), "local", LINT))
        .hasValue(
            "A clean spring-boot:run build runs the application, it asks for no verdict on the"
                + " code: lint is not checked. ./mvnw verify or a pipeline profile (-Ppr) judges"
                + " it.");
  }

  @Test
  void aPhaseAsksForAVerdict() {
    for (String phase : List.of("compile", "test-compile", "test", "verify")) {
      assertThat(ApplicationRun.whyNotJudged(List.of(phase), "local", LINT)).isEmpty();
    }
    assertThat(ApplicationRun.whyNotJudged(List.of("package", "spring-boot:run"), "local", LINT))
        .isEmpty();
  }

  @Test
  void aLifeosGoalAsksForAVerdict() {
    assertThat(ApplicationRun.whyNotJudged(List.of("lifeos:baseline"), "local", LINT)).isEmpty();
    assertThat(
            ApplicationRun.whyNotJudged(
                List.of("dev.lifeos:lifeos-maven-plugin:0.1.0:typecheck"), "local", LINT))
        .isEmpty();
  }

  @Test
  void aPipelineProfileAsksForAVerdictInAnyBuild() {
    assertThat(ApplicationRun.whyNotJudged(List.of("spring-boot:run"), "pr", LINT)).isEmpty();
  }
}
