package dev.lifeos.maven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  @Test
  void aPhaseOrALaterOneReachesIt() {
    assertThat(Lifecycle.reaches(List.of("clean", "test"), "test")).isTrue();
    assertThat(Lifecycle.reaches(List.of("verify"), "test")).isTrue();
    assertThat(Lifecycle.reaches(List.of("compile"), "test")).isFalse();
  }

  @Test
  void goalsCalledByNameReachNoPhase() {
    assertThat(Lifecycle.reaches(List.of("spring-boot:run"), "validate")).isFalse();
    assertThat(Lifecycle.reaches(List.of("clean", "lifeos:check-build"), "test")).isFalse();
  }
}
