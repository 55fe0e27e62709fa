package dev.lifeos.maven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataFreshnessTest {
  private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

  private static NvdDataAge modifiedAgo(Duration age) {
    return new NvdDataAge(NOW.minus(age), Optional.of(NOW.minusSeconds(60)));
  }

  @Test
  void dataWithinTheLimitIsFreshAndSaysHowOld() throws Exception {
    DataFreshness.Verdict verdict =
        DataFreshness.parse("P7D", "lifeos.audit.maxDataAge")
            .judge(modifiedAgo(Duration.ofDays(2).plusHours(3)), NOW);

    assertThat(verdict.stale()).isFalse();
    assertThat(verdict.age()).isEqualTo(Duration.ofDays(2).plusHours(3));
    assertThat(verdict.message())
        .isEqualTo(
            "The dependency audit's NVD data is 2 days 3 hours old (last modified"
                + " 2026-11-30T09:00:00Z, last checked 2026-12-02T11:59:00Z), within"
                + " lifeos.audit.maxDataAge P7D.");
  }

  @Test
  void dataExactlyAtTheLimitIsStillFresh() throws Exception {
    assertThat(DataFreshness.parse("P7D", "p").judge(modifiedAgo(Duration.ofDays(7)), NOW).stale())
        .isFalse();
  }

  @Test
  void olderDataIsStaleAndTheMessageSaysHowToUpdate() throws Exception {
    DataFreshness.Verdict verdict =
        DataFreshness.parse("P7D", "lifeos.audit.maxDataAge")
            .judge(modifiedAgo(Duration.ofDays(7).plusSeconds(1)), NOW);

    assertThat(verdict.stale()).isTrue();
    assertThat(verdict.message())
        .startsWith("The dependency audit ran on NVD data 7 days old (last modified")
        .contains("older than lifeos.audit.maxDataAge P7D")
        .contains("a vulnerability published since is unknown to it")
        .contains("./mvnw -N dependency-check:update-only -Dlifeos.audit.skip=false")
        .contains("lifeos.audit.nvdDatafeedUrl");
  }

  @Test
  void hoursAreALimitToo() throws Exception {
    DataFreshness freshness = DataFreshness.parse(" PT36H ", "lifeos.audit.maxDataAge");

    assertThat(freshness.maxAge()).isEqualTo(Duration.ofHours(36));
    assertThat(freshness.judge(modifiedAgo(Duration.ofHours(37)), NOW).stale()).isTrue();
  }

  @Test
  void aLimitThatIsNoDurationNamesThePropertyAndTheSpelling() {
    assertThatThrownBy(() -> DataFreshness.parse("7 days", "lifeos.audit.maxDataAge"))
        .isInstanceOf(GateFailure.class)
        .hasMessage(
            "lifeos.audit.maxDataAge is \"7 days\", not an ISO-8601 duration: write days as P7D,"
                + " hours as PT36H.");
  }

  @Test
  void aZeroOrNegativeLimitIsRefused() {
    assertThatThrownBy(() -> DataFreshness.parse("PT0S", "lifeos.audit.maxDataAge"))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("give a positive duration");
    assertThatThrownBy(() -> DataFreshness.parse("-P1D", "lifeos.audit.maxDataAge"))
        .isInstanceOf(GateFailure.class);
  }

  @Test
  void describesAnAgeInItsTwoLargestUnits() {
    assertThat(DataFreshness.describe(Duration.ofDays(12).plusHours(3).plusMinutes(5)))
        .isEqualTo("12 days 3 hours");
    assertThat(DataFreshness.describe(Duration.ofDays(1))).isEqualTo("1 day");
    assertThat(DataFreshness.describe(Duration.ofHours(5).plusMinutes(2)))
        .isEqualTo("5 hours 2 minutes");
    assertThat(DataFreshness.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
    assertThat(DataFreshness.describe(Duration.ofSeconds(40))).isEqualTo("40 seconds");
  }
}
