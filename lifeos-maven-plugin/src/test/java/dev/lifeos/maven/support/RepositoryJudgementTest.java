package dev.lifeos.maven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepositoryJudgementTest {
  private static final String GOAL = "lifeos:check-workflows";

  @Test
  void springBootRunIsNotARequestToJudgeTheRepository() {
    assertThat(RepositoryJudgement.whyNotNow(List.of("spring-boot:run"), "validate", "local", GOAL))
        .hasValue(
            "lifeos:check-workflows judges the repository, not the code: not run in a"
                + " spring-boot:run build. ./mvnw verify, a pipeline profile (-Ppr) or ./mvnw"
                + " lifeos:check-workflows runs it.");
  }

  @Test
  void testAndCompileBuildsDoNotJudgeTheRepository() {
    assertThat(RepositoryJudgement.whyNotNow(List.of("clean", "test"), "validate", "local", GOAL))
        .isPresent();
    assertThat(RepositoryJudgement.whyNotNow(List.of("compile"), "validate", "local", GOAL))
        .isPresent();
  }

  @Test
  void packageVerifyAndInstallJudgeTheRepository() {
    for (String phase : List.of("package", "verify", "install", "deploy")) {
      assertThat(RepositoryJudgement.whyNotNow(List.of("clean", phase), "validate", "local", GOAL))
          .isEmpty();
    }
  }

  @Test
  void theGatesOwnPhaseAskedForByNameRunsIt() {
    assertThat(
            RepositoryJudgement.whyNotNow(
                List.of("process-classes"), "process-classes", "local", GOAL))
        .isEmpty();
  }

  @Test
  void aPipelineProfileRunsItInAnyBuild() {
    assertThat(RepositoryJudgement.whyNotNow(List.of("test"), "validate", "pr", GOAL)).isEmpty();
  }

  @Test
  void theGoalCalledByNameRunsIt() {
    assertThat(RepositoryJudgement.whyNotNow(List.of(GOAL), null, "local", GOAL)).isEmpty();
  }
}
