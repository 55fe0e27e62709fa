package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The same in Failsafe. */
@Tag("integration")
class FailingIntegrationTest {
  @Test
  void failsOnPurpose() {
    assertEquals("on", System.getProperty("acme.feature"));
    fail("on purpose");
  }
}
