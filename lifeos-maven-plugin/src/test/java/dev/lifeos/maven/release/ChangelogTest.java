package dev.lifeos.maven.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangelogTest {
  private static final String KEEP_A_CHANGELOG =
      """
      # Changelog

      ## [Unreleased]

      ## [1.2.3] - 2026-11-20
      ### Added
      - Monthly summaries.
      ### Rollback
      Redeploy 1.2.2; V4 only adds a column.

      ## [1.2.2] - 2026-10-01
      ### Fixed
      - Rounding.
      """;

  private static SemVer v(String version) {
    return SemVer.parse(version).orElseThrow();
  }

  @Test
  void findsTheSectionOfAVersionAndItsLines() {
    Changelog changelog = Changelog.parse(KEEP_A_CHANGELOG);

    Changelog.Section section = changelog.section(v("1.2.3")).orElseThrow();

    assertThat(section.line()).isEqualTo(5);
    assertThat(section.heading()).isEqualTo("## [1.2.3] - 2026-11-20");
    assertThat(section.body()).contains("- Monthly summaries.").doesNotContain("- Rounding.");
  }

  @Test
  void listsTheVersionsInFileOrder() {
    assertThat(Changelog.parse(KEEP_A_CHANGELOG).versions()).containsExactly("1.2.3", "1.2.2");
  }

  @Test
  void acceptsCommonHeadingStyles() {
    for (String heading : new String[] {"## v1.2.3", "## 1.2.3 (2026-11-20)", "# Release v1.2.3"}) {
      assertThat(Changelog.parse(heading + "\nRollback: redeploy 1.2.2\n").section(v("1.2.3")))
          .as(heading)
          .isPresent();
    }
  }

  @Test
  void doesNotTakeALongerVersionForTheWantedOne() {
    Changelog changelog = Changelog.parse("## [1.2.30]\n## [11.2.3]\n## [1.2.3-rc.1]\n");

    assertThat(changelog.section(v("1.2.3"))).isEmpty();
    assertThat(changelog.section(v("1.2.3-rc.1"))).isPresent();
  }

  @Test
  void ignoresBuildMetadataWhenMatching() {
    assertThat(Changelog.parse("## [1.2.3]\n").section(v("1.2.3+build.9"))).isPresent();
  }

  @Test
  void headingsInCodeBlocksAreNotSections() {
    Changelog changelog = Changelog.parse("## [1.0.0]\n```\n## [1.2.3]\n```\n");

    assertThat(changelog.versions()).containsExactly("1.0.0");
  }

  @Test
  void rollbackHeadingWithTextUnderItCounts() {
    Changelog changelog = Changelog.parse(KEEP_A_CHANGELOG);
    Changelog.Section section = changelog.section(v("1.2.3")).orElseThrow();

    assertThat(changelog.rollbackNotes(section))
        .contains(new Changelog.RollbackNotes(8, "Redeploy 1.2.2; V4 only adds a column."));
  }

  @Test
  void rollbackLineCounts() {
    Changelog changelog =
        Changelog.parse("## [2.0.0]\n- Rollback: redeploy 1.9.0 and keep V7.\n## [1.9.0]\n");

    Changelog.Section section = changelog.section(v("2.0.0")).orElseThrow();

    assertThat(changelog.rollbackNotes(section).orElseThrow().text())
        .isEqualTo("redeploy 1.9.0 and keep V7.");
  }

  @Test
  void rollbackOfAnotherVersionDoesNotCount() {
    Changelog changelog =
        Changelog.parse("## [2.0.0]\n- New API.\n## [1.9.0]\n### Rollback\nRedeploy 1.8.0.\n");

    Changelog.Section section = changelog.section(v("2.0.0")).orElseThrow();

    assertThat(changelog.rollbackNotes(section)).isEmpty();
    assertThat(changelog.rollbackMention(section)).isEmpty();
  }

  @Test
  void emptyRollbackHeadingDoesNotCountButIsFound() {
    Changelog changelog = Changelog.parse("## [2.0.0]\n### Rollback\n\n### Added\n- x\n");

    Changelog.Section section = changelog.section(v("2.0.0")).orElseThrow();

    assertThat(changelog.rollbackNotes(section)).isEmpty();
    assertThat(changelog.rollbackMention(section)).contains(2);
  }

  @Test
  void boldRollbackLabelTakesTheListUnderIt() {
    Changelog changelog =
        Changelog.parse("## [2.0.0]\n**Rollback:**\n- kubectl rollout undo\n## [1.0.0]\n");

    Changelog.Section section = changelog.section(v("2.0.0")).orElseThrow();

    assertThat(changelog.rollbackNotes(section).orElseThrow().text())
        .isEqualTo("- kubectl rollout undo");
  }

  @Test
  void readsWindowsLineEndings() {
    Changelog changelog = Changelog.parse("## [1.0.0]\r\n### Rollback\r\nRedeploy 0.9.0.\r\n");

    Changelog.Section section = changelog.section(v("1.0.0")).orElseThrow();

    assertThat(changelog.rollbackNotes(section)).isPresent();
  }
}
