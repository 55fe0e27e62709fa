package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Runs in Failsafe: its JVM gets the same environment. */
@Tag("integration")
class CiEnvironmentIT {
  @Test
  void seesTheCommittedCiEnvironment() {
    assertEquals("ci", System.getenv("APP_ENV"));
    assertEquals("from-the-runner", System.getenv("JWT_SECRET_KEY"));
  }
}
