package it.lifeos.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CentsTest {
  @Test
  void adds() {
    assertEquals(new Cents(5), new Cents(2).plus(new Cents(3)));
  }

  @Test
  void testJvmHasTheRootCiEnvironment() {
    assertEquals("ci", System.getenv("APP_ENV"));
  }
}
