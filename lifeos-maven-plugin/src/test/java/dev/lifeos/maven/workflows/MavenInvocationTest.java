package dev.lifeos.maven.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MavenInvocationTest {
  private static Optional<MavenInvocation> maven(String... words) {
    return MavenInvocation.of(new ShellCommand(List.of(words), 1));
  }

  @Test
  void recognisesTheWrapperMavenAndPathsToThem() {
    assertThat(maven("./mvnw", "verify")).isPresent();
    assertThat(maven("mvn", "verify")).isPresent();
    assertThat(maven("../mvnw", "verify")).isPresent();
    assertThat(maven("MAVEN_OPTS=-Xmx1g", "./mvnw", "verify")).isPresent();
    assertThat(maven("mvnw.cmd", "verify")).isPresent();
    assertThat(maven("pytest", "-m", "unit")).isEmpty();
    assertThat(maven("./mvnwrapper")).isEmpty();
  }

  @Test
  void readsProfilesInEverySpelling() {
    assertThat(
            maven("./mvnw", "-Ppr,main", "-P", "release", "--activate-profiles=nightly", "-P!x")
                .orElseThrow()
                .profiles())
        .containsExactly("pr", "main", "release", "nightly", "!x");
  }

  @Test
  void optionValuesAreNotGoals() {
    MavenInvocation maven =
        maven("./mvnw", "-pl", "app", "-D", "x=y", "-T", "2", "lifeos:check-migrations")
            .orElseThrow();

    assertThat(maven.runsLifeosGoal("check-migrations")).isTrue();
    assertThat(maven.reachesPhase("validate")).isFalse();
  }

  @Test
  void aPhaseReachesEveryPhaseBeforeIt() {
    MavenInvocation maven = maven("./mvnw", "-Ppr", "verify").orElseThrow();

    assertThat(maven.reachesPhase("test")).isTrue();
    assertThat(maven.reachesPhase("verify")).isTrue();
    assertThat(maven.reachesPhase("deploy")).isFalse();
    assertThat(maven.activates("pr")).isTrue();
  }

  @Test
  void findsLifeosGoalsByCoordinates() {
    assertThat(
            maven("mvn", "dev.lifeos:lifeos-maven-plugin:0.1.0:smoketest")
                .orElseThrow()
                .runsLifeosGoal("smoketest"))
        .isTrue();
  }
}
