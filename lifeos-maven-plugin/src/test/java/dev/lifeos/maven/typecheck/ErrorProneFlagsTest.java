package dev.lifeos.maven.typecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorProneFlagsTest {
  @Test
  void lowersBaselinedChecksAndSwitchesCrashedOnesOff() {
    ErrorProneFlags flags =
        new ErrorProneFlags()
            .lower(List.of("NullAway", "DeadException"))
            .switchOff("StringConcatToTextBlock");
    assertThat(flags.toString())
        .isEqualTo("-Xep:NullAway:WARN -Xep:DeadException:WARN -Xep:StringConcatToTextBlock:OFF");
    assertThat(new ErrorProneFlags().toString()).isEmpty();
  }
}
