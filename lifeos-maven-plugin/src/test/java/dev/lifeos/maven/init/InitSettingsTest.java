package dev.lifeos.maven.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InitSettingsTest {
  @Test
  void theImageComesFromTheGitHubRemoteLowerCased() {
    assertThat(InitSettings.defaultImage(Optional.of("git@github.com:Acme/Ledger.git")))
        .isEqualTo("ghcr.io/acme/ledger");
    assertThat(InitSettings.defaultImage(Optional.of("https://github.com/acme/ledger")))
        .isEqualTo("ghcr.io/acme/ledger");
  }

  @Test
  void withoutAGitHubRemoteTheImageIsGitHubsExpression() {
    assertThat(InitSettings.defaultImage(Optional.empty()))
        .isEqualTo("ghcr.io/${{ github.repository }}");
    assertThat(InitSettings.defaultImage(Optional.of("https://gitlab.com/acme/ledger.git")))
        .isEqualTo("ghcr.io/${{ github.repository }}");
  }

  @Test
  void theWorkflowsRefIsThePluginsReleaseTag() {
    assertThat(InitSettings.refFor("0.1.0-SNAPSHOT")).isEqualTo("v0.1.0");
    assertThat(InitSettings.refFor("1.2.3")).isEqualTo("v1.2.3");
  }
}
