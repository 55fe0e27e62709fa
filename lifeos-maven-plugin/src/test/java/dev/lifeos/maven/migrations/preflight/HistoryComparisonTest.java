package dev.lifeos.maven.migrations.preflight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The comparison's rules for repeatable migrations, which the PostgreSQL test does not vary. */
class HistoryComparisonTest {
  private static AppliedMigration repeatable(int checksum) {
    return new AppliedMigration(
        Optional.empty(), "views", "R__views.sql", Optional.of(checksum), false);
  }

  @Test
  void aRepeatableProductionLastRanInAVersionStagingRanToo() {
    HistoryComparison.Result result =
        HistoryComparison.compare(List.of(repeatable(1), repeatable(2)), List.of(repeatable(1)));

    assertThat(result.passed()).isTrue();
    assertThat(result.pendingForProduction()).containsExactly(repeatable(2));
  }

  @Test
  void aRepeatableProductionRanInAVersionStagingNeverDidFails() {
    HistoryComparison.Result result =
        HistoryComparison.compare(List.of(repeatable(1)), List.of(repeatable(1), repeatable(3)));

    assertThat(result.problems())
        .containsExactly(
            "R (views) last ran on production with checksum 3, a version staging never ran: test"
                + " that version on staging first.");
  }
}
