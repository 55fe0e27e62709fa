package dev.lifeos.maven.smoke;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void readsMillisecondsSecondsAndMinutes() throws Exception {
    assertThat(Durations.parse("250", "p")).isEqualTo(Duration.ofMillis(250));
    assertThat(Durations.parse("250ms", "p")).isEqualTo(Duration.ofMillis(250));
    assertThat(Durations.parse(" 2s ", "p")).isEqualTo(Duration.ofSeconds(2));
    assertThat(Durations.parse("1M", "p")).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void rejectsAnythingElseNamingTheProperty() {
    assertThatThrownBy(() -> Durations.parse("2 hours", "lifeos.smoke.interval"))
        .hasMessage(
            "lifeos.smoke.interval is '2 hours': write a duration such as 500ms, 2s or 1m (a bare"
                + " number is milliseconds).");
  }
}
