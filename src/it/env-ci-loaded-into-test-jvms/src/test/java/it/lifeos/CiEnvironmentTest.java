package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Runs in Surefire: the variables of .env.ci are in the test JVM's environment. */
class CiEnvironmentTest {
  @Test
  void seesTheCommittedCiEnvironment() {
    assertEquals("ci", System.getenv("APP_ENV"));
    assertEquals("WARNING", System.getenv("LOG_LEVEL"));
    assertEquals("Hello ${USER} $HOME", System.getenv("GREETING"));
    assertEquals("from-the-runner", System.getenv("JWT_SECRET_KEY"));
  }
}
