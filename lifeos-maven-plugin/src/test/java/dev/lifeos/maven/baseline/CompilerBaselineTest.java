package dev.lifeos.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.baseline.Baseline.CompilerEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerBaselineTest {
  record Finding(int line, String code) {
    FindingKey key() {
      return FindingKey.of("A.java", "NullAway", "dereferenced expression is @Nullable", code);
    }
  }

  private static final CompilerEntry TWICE =
      new CompilerEntry("A.java", "NullAway", "dereferenced expression is @Nullable", "x.y();", 2);

  @Test
  void recordsOneEntryPerFindingWithItsCount() {
    List<CompilerEntry> entries =
        CompilerBaseline.record(
            List.of(new Finding(3, "x.y();"), new Finding(9, "x.y();"), new Finding(12, "z();")),
            Finding::key);
    assertThat(entries)
        .extracting(CompilerEntry::code, CompilerEntry::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("x.y();", 2),
            org.assertj.core.groups.Tuple.tuple("z();", 1));
  }

  @Test
  void baselinedFindingsPassWhereverTheirLinesMoved() {
    var outcome =
        CompilerBaseline.compare(
            List.of(TWICE),
            List.of(new Finding(40, "x.y();"), new Finding(77, "x.y();")),
            Finding::key);
    assertThat(outcome.fresh()).isEmpty();
    assertThat(outcome.baselined()).hasSize(2);
    assertThat(outcome.removable()).isEmpty();
  }

  @Test
  void aThirdOccurrenceIsNew() {
    var outcome =
        CompilerBaseline.compare(
            List.of(TWICE),
            List.of(new Finding(4, "x.y();"), new Finding(5, "x.y();"), new Finding(6, "x.y();")),
            Finding::key);
    assertThat(outcome.fresh()).containsExactly(new Finding(6, "x.y();"));
  }

  @Test
  void anotherLineIsANewFinding() {
    var outcome =
        CompilerBaseline.compare(List.of(TWICE), List.of(new Finding(4, "other();")), Finding::key);
    assertThat(outcome.fresh()).containsExactly(new Finding(4, "other();"));
  }

  @Test
  void fixedFindingsAreRemovable() {
    var outcome =
        CompilerBaseline.compare(List.of(TWICE), List.of(new Finding(4, "x.y();")), Finding::key);
    assertThat(outcome.removable())
        .containsExactly(
            new CompilerEntry(
                "A.java", "NullAway", "dereferenced expression is @Nullable", "x.y();", 1));
  }

  @Test
  void lineNumbersInsideMessagesDoNotCount() {
    assertThat(
            FindingKey.of(
                "A.java", "NullAway", "field 'name' (line 11) is not initialized", "A() {}"))
        .isEqualTo(
            FindingKey.of(
                "A.java", "NullAway", "field 'name' (line 40) is not initialized", "A() {}"));
  }
}
