package dev.lifeos.maven.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
  @Test
  void underASecondInMilliseconds() {
    assertThat(DurationText.of(0)).isEqualTo("0 ms");
    assertThat(DurationText.of(999)).isEqualTo("999 ms");
  }

  @Test
  void underAMinuteInSecondsWithOneDecimal() {
    assertThat(DurationText.of(1000)).isEqualTo("1.0 s");
    assertThat(DurationText.of(Duration.ofMillis(12_345))).isEqualTo("12.3 s");
    assertThat(DurationText.of(59_900)).isEqualTo("59.9 s");
  }

  @Test
  void fromAMinuteInMinutesAndTwoDigitSeconds() {
    assertThat(DurationText.of(60_000)).isEqualTo("1 min 00 s");
    assertThat(DurationText.of(Duration.ofSeconds(125))).isEqualTo("2 min 05 s");
    assertThat(DurationText.of(Duration.ofMinutes(90))).isEqualTo("90 min 00 s");
  }
}
