package dev.lifeos.maven.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SemVerTest {
  @Test
  void parsesAReleaseTag() {
    assertThat(SemVer.parseTag("v1.2.3")).contains(new SemVer(1, 2, 3, "", ""));
  }

  @Test
  void parsesPreReleaseAndBuildMetadata() {
    SemVer version = SemVer.parseTag("v1.0.0-rc.1+build.7").orElseThrow();

    assertThat(version.preRelease()).isEqualTo("rc.1");
    assertThat(version.build()).isEqualTo("build.7");
    assertThat(version.isPreRelease()).isTrue();
    assertThat(version.withoutBuild()).isEqualTo("1.0.0-rc.1");
    assertThat(version).hasToString("1.0.0-rc.1+build.7");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-0.3.7",
        "1.0.0-x.7.z.92",
        "1.0.0-x-y-z.--",
        "1.0.0+20130313144700",
        "1.0.0-beta+exp.sha.5114f85",
        "1.0.0+21AF26D3----117B344092BD",
        "0.0.4",
        "10.20.30"
      })
  void acceptsTheExamplesOfTheSpecification(String version) {
    assertThat(SemVer.parse(version)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1",
        "1.2",
        "1.2.3.4",
        "01.1.1",
        "1.02.1",
        "1.2.3-0123",
        "1.2.3-",
        "1.2.3+",
        "1.2.3-alpha..1",
        "1.2.3-alpha_beta",
        "1.2.3-SNAPSHOT extra",
        "99999999999.0.0"
      })
  void rejectsWhatTheSpecificationRejects(String version) {
    assertThat(SemVer.parse(version)).isEmpty();
  }

  @Test
  void aTagNeedsTheLeadingV() {
    assertThat(SemVer.parseTag("1.2.3")).isEmpty();
    assertThat(SemVer.parseTag("release-1.2.3")).isEmpty();
    assertThat(SemVer.parseTag("V1.2.3")).isEmpty();
  }
}
