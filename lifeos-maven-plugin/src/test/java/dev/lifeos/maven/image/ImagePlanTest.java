package dev.lifeos.maven.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImagePlanTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";

  private static ImagePlan plan(ImageTags.Tags tags, Map<String, String> configured) {
    return ImagePlan.of(
        "ghcr.io/acme/ledger",
        tags,
        Optional.of(SHA),
        "1.4.0-SNAPSHOT",
        Instant.parse("2026-11-20T10:15:30.250Z"),
        "https://github.com/acme/ledger",
        "ledger",
        configured);
  }

  @Test
  void primaryTagNamesTheImageAndTheRestAreAdditional() throws Exception {
    ImagePlan plan = plan(ImageTags.explicit(List.of("0123456", "main")), Map.of());

    assertThat(plan.image()).isEqualTo("ghcr.io/acme/ledger:0123456");
    assertThat(plan.additionalTags()).containsExactly("main");
    assertThat(plan.images())
        .containsExactly("ghcr.io/acme/ledger:0123456", "ghcr.io/acme/ledger:main");
  }

  @Test
  void carriesTheOciLabels() throws Exception {
    ImagePlan plan = plan(ImageTags.explicit(List.of("x")), Map.of());

    assertThat(plan.labels())
        .containsEntry("org.opencontainers.image.revision", SHA)
        .containsEntry("org.opencontainers.image.created", "2026-11-20T10:15:30Z")
        .containsEntry("org.opencontainers.image.version", "1.4.0-SNAPSHOT")
        .containsEntry("org.opencontainers.image.source", "https://github.com/acme/ledger")
        .containsEntry("org.opencontainers.image.title", "ledger");
  }

  @Test
  void releaseVersionLabelIsTheTagsSemver() throws Exception {
    ImageTags.Tags release =
        new ImageTags.Tags(
            Trigger.RELEASE,
            List.of("1.4.0", "0123456", "latest"),
            true,
            dev.lifeos.maven.release.SemVer.parse("1.4.0"));

    assertThat(plan(release, Map.of()).labels())
        .containsEntry("org.opencontainers.image.version", "1.4.0");
  }

  @Test
  void configuredLabelsWinAndCommasAreEscapedForJib() throws Exception {
    ImagePlan plan =
        plan(
            ImageTags.explicit(List.of("x")),
            Map.of("org.opencontainers.image.title", "Ledger, the service"));

    assertThat(plan.jibLabels())
        .contains("org.opencontainers.image.title=Ledger\\, the service")
        .startsWith("org.opencontainers.image.created=2026-11-20T10:15:30Z,");
  }

  @Test
  void repositoryDefaultsToGhcrOfTheGitHubOwner() throws Exception {
    assertThat(ImagePlan.repository("", "Ledger", "Acme-Corp"))
        .isEqualTo("ghcr.io/acme-corp/ledger");
    assertThat(ImagePlan.repository(null, "ledger", null)).isEqualTo("ledger");
    assertThat(ImagePlan.repository("127.0.0.1:5000/", "demo", "acme"))
        .isEqualTo("127.0.0.1:5000/demo");
    assertThat(ImagePlan.repository("123456789012.dkr.ecr.eu-west-1.amazonaws.com", "ledger", null))
        .isEqualTo("123456789012.dkr.ecr.eu-west-1.amazonaws.com/ledger");
  }

  @Test
  void invalidRepositoryFailsWithTheProperties() {
    assertThatThrownBy(() -> ImagePlan.repository("ghcr.io/Acme", "ledger", null))
        .hasMessageStartingWith("Image repository 'ghcr.io/Acme/ledger' is not a valid image name.")
        .hasMessageContaining("lifeos.image.registry");
  }

  @Test
  void aWholeRepositoryIsSplitAtItsLastSlashAndChecked() throws Exception {
    assertThat(ImagePlan.repository("ghcr.io/acme/Ledger/")).isEqualTo("ghcr.io/acme/ledger");
    assertThat(ImagePlan.repository("127.0.0.1:5000/demo")).isEqualTo("127.0.0.1:5000/demo");
    assertThat(ImagePlan.repository("ledger")).isEqualTo("ledger");
    assertThatThrownBy(() -> ImagePlan.repository("ghcr.io/Acme/ledger"))
        .isInstanceOf(GateFailure.class);
  }
}
