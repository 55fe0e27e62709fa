package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class GreeterTest {
  @Test
  void greets() {
    assertEquals("Hello, Ada #1", new Greeter(new byte[] {1}).greet("Ada"));
    assertEquals("Ada", decode(new byte[] {65, 100, 97}));
  }

  /** Platform charset: SpotBugs reports DM_DEFAULT_ENCODING when it analyses the tests. */
  private static String decode(byte[] bytes) {
    return new String(bytes);
  }

  /** A build given -Dit.failTests=true fails its tests, before verify. */
  @Test
  void failsWhenAsked() {
    assertFalse(Boolean.getBoolean("it.failTests"), "asked to fail");
  }
}
