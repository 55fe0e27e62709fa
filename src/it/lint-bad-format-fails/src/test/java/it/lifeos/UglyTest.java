package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UglyTest {
  @Test
  void doubles() {
    assertEquals(4, Ugly.twice(2));
  }
}
