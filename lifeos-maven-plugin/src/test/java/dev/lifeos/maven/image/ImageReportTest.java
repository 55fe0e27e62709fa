package dev.lifeos.maven.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageReportTest {
  @Test
  void namesTheImageAndEveryTagForTheJobsAfterIt() throws Exception {
    ImagePlan plan =
        ImagePlan.of(
            "ghcr.io/acme/ledger",
            ImageTags.explicit(List.of("0123456", "main")),
            Optional.of("0123456789abcdef0123456789abcdef01234567"),
            "1.4.0-SNAPSHOT",
            Instant.parse("2026-11-20T10:15:30.250Z"),
            "https://github.com/acme/ledger",
            "ledger",
            Map.of());

    assertThat(ImageReport.outputs(plan))
        .containsExactly(
            entry("image", "ghcr.io/acme/ledger:0123456"), entry("tags", "0123456,main"));
    assertThat(ImageReport.markdown(plan))
        .startsWith("### Image\n\n`ghcr.io/acme/ledger:0123456` also tagged `main`");
    assertThat(ImageReport.json(plan, Optional.of("refs/heads/main")))
        .containsEntry("image", "ghcr.io/acme/ledger:0123456")
        .containsEntry("tags", List.of("0123456", "main"))
        .containsEntry("ref", "refs/heads/main");
  }
}
