package it.lifeos;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

/** Fails on purpose: Surefire writes the JVM's system properties into the report of a failing set. */
class FailingTest {
  @Test
  void failsOnPurpose() {
    fail("on purpose");
  }
}
