package dev.lifeos.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrepareTypecheckMojoTest {
  private static final Optional<String> APPLICATION_RUN =
      Optional.of("A spring-boot:run build runs the application");

  @Test
  void lifeosSkipReachesTheTypecheckUnlessItsOwnSkipIsFalse() {
    assertThat(PrepareTypecheckMojo.reachesTypecheck(true, "")).isTrue();
    assertThat(PrepareTypecheckMojo.reachesTypecheck(true, " FALSE ")).isFalse();
    assertThat(PrepareTypecheckMojo.reachesTypecheck(false, "")).isFalse();
  }

  @Test
  void gatesSwitchedOffMakeTheTypecheckWarnAndSaySo() {
    assertThat(PrepareTypecheckMojo.whyOnlyWarn(true, Optional.empty()))
        .contains(
            "lifeos.skip=true switches the gates off: Error Prone and NullAway findings are"
                + " warnings (-Dlifeos.typecheck.skip=false judges them,"
                + " -Dlifeos.typecheck.skip=true does not run them).");
    assertThat(PrepareTypecheckMojo.whyOnlyWarn(true, APPLICATION_RUN))
        .contains(PrepareTypecheckMojo.GATES_SKIPPED);
  }

  @Test
  void otherwiseOnlyABuildThatRunsTheApplicationWarns() {
    assertThat(PrepareTypecheckMojo.whyOnlyWarn(false, APPLICATION_RUN)).isEqualTo(APPLICATION_RUN);
    assertThat(PrepareTypecheckMojo.whyOnlyWarn(false, Optional.empty())).isEmpty();
  }
}
