package dev.lifeos.maven.mltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MlTestSelectionTest {
  private final MlTestSelection selection;

  MlTestSelectionTest() throws Exception {
    selection =
        new MlTestSelection(
            "integration, ml ,slow", "ml", PathGlobs.parse("**/ml/**,**/ml_assets/**"));
  }

  @Test
  void mlTestsStayExcludedWhenNoMlPathChanged() {
    MlTestSelection.Selection selected =
        selection.select(
            List.of("src/main/java/a/core/Money.java"), "origin/main (fork point abc)");

    assertThat(selected.excludedGroups()).isEqualTo("integration, ml ,slow");
    assertThat(selected.message())
        .isEqualTo(
            "ML tests (tag ml) skipped: no file changed since origin/main (fork point abc) matches"
                + " **/ml/**, **/ml_assets/**.");
  }

  @Test
  void aChangedMlFileTakesTheMlTagOutOfTheExclusions() {
    MlTestSelection.Selection selected =
        selection.select(
            List.of("README.md", "src/main/resources/ml_assets/training.csv"),
            "main (fork point x)");

    assertThat(selected.excludedGroups()).isEqualTo("integration,slow");
    assertThat(selected.message())
        .isEqualTo(
            "ML tests (tag ml) run: 1 changed file matches **/ml/**, **/ml_assets/** since main"
                + " (fork point x), e.g. src/main/resources/ml_assets/training.csv.");
  }

  @Test
  void nothingToDecideWhenMlTestsAreNotExcluded() throws Exception {
    assertThat(
            new MlTestSelection("integration", "ml", PathGlobs.parse("**/ml/**")).excludesMlTests())
        .isFalse();
    assertThat(selection.excludesMlTests()).isTrue();
  }
}
