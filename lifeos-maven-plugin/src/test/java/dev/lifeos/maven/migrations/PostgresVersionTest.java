package dev.lifeos.maven.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import org.junit.jupiter.api.Test;

class PostgresVersionTest {
  @Test
  void aMajorPicksZonkysBinariesForIt() throws Exception {
    assertThat(PostgresVersion.of("16", null).binaries()).startsWith("16.");
    assertThat(PostgresVersion.of("16", null).major()).isEqualTo(16);
  }

  @Test
  void theDefaultIsPostgres14() throws Exception {
    assertThat(PostgresVersion.of(null, null)).isEqualTo(new PostgresVersion("14.22.0"));
  }

  @Test
  void anExactVersionIsTakenAsItIsAndTheOldParameterStillWins() throws Exception {
    assertThat(PostgresVersion.of("16.9.0", null).binaries()).isEqualTo("16.9.0");
    assertThat(PostgresVersion.of("17", "15.13.0").major()).isEqualTo(15);
  }

  @Test
  void anUnknownMajorOrGarbageIsAUserError() {
    assertThatThrownBy(() -> PostgresVersion.of("9", null))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("lifeos.migrations.postgresVersion is 9");
    assertThatThrownBy(() -> PostgresVersion.of("latest", null))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("give a PostgreSQL major");
  }
}
