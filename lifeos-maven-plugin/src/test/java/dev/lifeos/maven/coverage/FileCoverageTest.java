package dev.lifeos.maven.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.git.LineRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileCoverageTest {
  /** Lines 10..20 hold code except 13 (blank); 10, 11 and 16 ran. */
  private static SourceLines lines() {
    SourceLines lines = new SourceLines();
    for (int line = 10; line <= 20; line++) {
      if (line != 13) {
        boolean ran = line == 10 || line == 11 || line == 16;
        lines.add(line, ran ? 0 : 1, ran ? 1 : 0);
      }
    }
    return lines;
  }

  @Test
  void countsOnlyChangedLinesThatHoldCode() {
    FileCoverage file = FileCoverage.of("A.java", List.of(new LineRange(1, 11)), lines());

    assertThat(file.changedLines()).isEqualTo(2);
    assertThat(file.coveredLines()).isEqualTo(2);
    assertThat(file.uncovered()).isEmpty();
  }

  @Test
  void uncoveredRangesSpanLinesWithoutCodeButBreakAtCoveredOnes() {
    FileCoverage file = FileCoverage.of("A.java", List.of(new LineRange(12, 18)), lines());

    assertThat(file.changedLines()).isEqualTo(6);
    assertThat(file.coveredLines()).isEqualTo(1);
    assertThat(file.uncoveredText()).isEqualTo("12-15, 17-18");
  }

  @Test
  void separateChangedRangesStaySeparateWhenCodeLiesBetween() {
    FileCoverage file =
        FileCoverage.of("A.java", List.of(new LineRange(12, 12), new LineRange(20, 20)), lines());

    assertThat(file.uncoveredText()).isEqualTo("12, 20");
  }
}
