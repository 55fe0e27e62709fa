package dev.lifeos.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.baseline.Baseline.CompilerEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class BaselineReportTest {
  @Test
  void saysPerGateWhatCameAndWhatWent() {
    Baseline before = BaselineFileTest.sample();
    CompilerEntry once =
        new CompilerEntry(
            "src/main/java/a/A.java",
            "NullAway",
            "returning @Nullable expression from method with @NonNull return type",
            "return map.get(id);",
            1);
    Baseline after =
        new Baseline(
            before.formatting().subList(0, 1), List.of(once), before.spotbugs(), List.of());
    assertThat(BaselineReport.changes(before, after))
        .containsExactly(
            "Baseline formatting: 1 entry (0 added, 1 gone since the last recording).",
            "Baseline compiler: 1 entry (0 added, 1 gone since the last recording).",
            "Baseline spotbugs: 1 entry (0 added, 0 gone since the last recording).",
            "Baseline migrations: 0 entries (0 added, 1 gone since the last recording).");
  }

  @Test
  void saysNothingOfGatesWithoutEntries() {
    assertThat(BaselineReport.changes(Baseline.EMPTY, Baseline.EMPTY)).isEmpty();
  }
}
