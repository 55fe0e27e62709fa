package dev.lifeos.maven.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BaseRefTest {
  @Test
  void parameterWins() {
    assertThat(BaseRef.resolve("upstream/develop", Map.of("GITHUB_BASE_REF", "main")))
        .contains("upstream/develop");
  }

  @Test
  void pullRequestBaseBecomesRemoteBranch() {
    assertThat(BaseRef.resolve(null, Map.of("GITHUB_BASE_REF", "main"))).contains("origin/main");
  }

  @Test
  void blankValuesMeanNoBase() {
    assertThat(BaseRef.resolve(" ", Map.of("GITHUB_BASE_REF", ""))).isEmpty();
  }
}
