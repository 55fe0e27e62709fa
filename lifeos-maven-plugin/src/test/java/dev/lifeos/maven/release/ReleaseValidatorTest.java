package dev.lifeos.maven.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseValidatorTest {
  private static final ReleaseTag V1_2_3 = new ReleaseTag("v1.2.3", "GITHUB_REF_NAME");

  @TempDir Path dir;

  private Path changelog(String text) throws Exception {
    return Files.writeString(dir.resolve("CHANGELOG.md"), text);
  }

  @Test
  void aGoodReleasePasses() throws Exception {
    Path file =
        changelog("# Changelog\n\n## [1.2.3] - 2026-11-20\n### Rollback\nRedeploy 1.2.2.\n");

    ReleaseValidator.Release release = ReleaseValidator.validate(V1_2_3, "1.2.3-SNAPSHOT", file);

    assertThat(release.version()).hasToString("1.2.3");
    assertThat(release.sectionLine()).isEqualTo(3);
    assertThat(release.rollbackLine()).isEqualTo(4);
  }

  @Test
  void aTagThatIsNotSemverFails() throws Exception {
    Path file = changelog("## [1.2.3]\nRollback: redeploy 1.2.2\n");

    assertThatThrownBy(
            () -> ReleaseValidator.validate(new ReleaseTag("release-1.2", "x"), "1.2.3", file))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith("Release tag 'release-1.2' (from x) is not a semantic version tag.")
        .hasMessageContaining("git tag v1.2.3");
  }

  @Test
  void aTagWithoutTheVSaysSo() throws Exception {
    assertThatThrownBy(
            () ->
                ReleaseValidator.validate(
                    new ReleaseTag("1.2.3", "x"), "1.2.3", changelog("## [1.2.3]")))
        .hasMessageContaining("has no leading 'v'")
        .hasMessageContaining("tag v1.2.3 instead");
  }

  @Test
  void aTagOfAnotherVersionFails() throws Exception {
    assertThatThrownBy(
            () -> ReleaseValidator.validate(V1_2_3, "1.2.4-SNAPSHOT", changelog("## [1.2.3]")))
        .hasMessage(
            "Release tag v1.2.3 (from GITHUB_REF_NAME) does not match the project version"
                + " 1.2.4-SNAPSHOT. Set the version to 1.2.3 (./mvnw versions:set"
                + " -DnewVersion=1.2.3) and tag again, or tag v1.2.4 if 1.2.4 is the release.");
  }

  @Test
  void aPreReleaseTagMatchesAPreReleaseVersion() throws Exception {
    Path file = changelog("## [2.0.0-rc.1]\n### Rollback\nRedeploy 1.9.0.\n");

    assertThat(
            ReleaseValidator.validate(new ReleaseTag("v2.0.0-rc.1", "x"), "2.0.0-rc.1", file)
                .version()
                .isPreRelease())
        .isTrue();
  }

  @Test
  void aMissingChangelogFails() {
    assertThatThrownBy(
            () -> ReleaseValidator.validate(V1_2_3, "1.2.3", dir.resolve("CHANGELOG.md")))
        .hasMessageStartingWith("No changelog at " + dir.resolve("CHANGELOG.md"))
        .hasMessageContaining("## [1.2.3] - ");
  }

  @Test
  void aMissingSectionFailsAndListsTheSectionsThereAre() throws Exception {
    Path file = changelog("## [1.2.2]\n### Rollback\nx\n## [1.2.1]\n");

    assertThatThrownBy(() -> ReleaseValidator.validate(V1_2_3, "1.2.3", file))
        .hasMessageStartingWith(
            "CHANGELOG.md has no section for 1.2.3 (sections found: 1.2.2, 1.2.1). Add a heading"
                + " '## [1.2.3] - ");
  }

  @Test
  void aSectionWithoutRollbackNotesFails() throws Exception {
    Path file = changelog("# Changelog\n## [1.2.3] - 2026-11-20\n### Added\n- x\n");

    assertThatThrownBy(() -> ReleaseValidator.validate(V1_2_3, "1.2.3", file))
        .hasMessageStartingWith(
            "CHANGELOG.md section '## [1.2.3] - 2026-11-20' (line 2) has no rollback notes. Add a"
                + " '### Rollback' part");
  }

  @Test
  void anEmptyRollbackHeadingFailsWithItsLine() throws Exception {
    Path file = changelog("## [1.2.3]\n### Rollback\n\n### Added\n- x\n");

    assertThatThrownBy(() -> ReleaseValidator.validate(V1_2_3, "1.2.3", file))
        .hasMessageContaining("has a rollback heading at line 2 with nothing under it");
  }

  @Test
  void aChangelogThatIsNotUtf8Fails() throws Exception {
    Path file = Files.write(dir.resolve("CHANGELOG.md"), new byte[] {'#', ' ', (byte) 0xC3, '('});

    assertThatThrownBy(() -> ReleaseValidator.validate(V1_2_3, "1.2.3", file))
        .hasMessage(file + " is not UTF-8 text. Save it as UTF-8.");
  }
}
