package dev.lifeos.maven.mltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import org.junit.jupiter.api.Test;

class PathGlobsTest {
  @Test
  void doubleStarSpansDirectoriesAndMayBeEmpty() throws Exception {
    PathGlobs globs = PathGlobs.parse("**/ml/**, **/ml_assets/**");

    assertThat(globs.matches("lifeos/domains/finance/ml/model.py")).isTrue();
    assertThat(globs.matches("ml/model.bin")).isTrue();
    assertThat(globs.matches("src/main/resources/ml_assets/training.csv")).isTrue();
    assertThat(globs.matches("src/main/java/dev/lifeos/html/Page.java")).isFalse();
    assertThat(globs.matches("src/main/java/dev/lifeos/xml/Page.java")).isFalse();
  }

  @Test
  void singleStarStaysWithinOneDirectory() throws Exception {
    PathGlobs globs = PathGlobs.parse("lifeos/domains/*/ml/**");

    assertThat(globs.matches("lifeos/domains/finance/ml/a.py")).isTrue();
    assertThat(globs.matches("lifeos/domains/finance/sub/ml/a.py")).isFalse();
  }

  @Test
  void regexCharactersInAGlobAreLiteral() throws Exception {
    assertThat(PathGlobs.parse("models/v1.0+/**").matches("models/v1.0+/w.bin")).isTrue();
    assertThat(PathGlobs.parse("models/v1.0+/**").matches("models/v1x0+/w.bin")).isFalse();
  }

  @Test
  void noGlobsIsAnErrorWithAnExample() {
    assertThatThrownBy(() -> PathGlobs.parse(" , "))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("**/ml/**,**/ml_assets/**");
  }
}
