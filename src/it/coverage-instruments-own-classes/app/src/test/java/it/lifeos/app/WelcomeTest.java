package it.lifeos.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WelcomeTest {
  @Test
  void welcomesWithTheGreeting() {
    assertEquals("Hello, Ada! Your account is ready.", Welcome.line("Ada"));
  }
}
