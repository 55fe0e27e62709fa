package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class GreeterTest {
  @Test
  void greets() {
    assertEquals("Hello, Ada #1", new Greeter(new byte[] {1}).greet("Ada"));
  }

  /** A build given -Dit.failTests=true fails its tests, before verify. */
  @Test
  void failsWhenAsked() {
    assertFalse(Boolean.getBoolean("it.failTests"), "asked to fail");
  }
}
