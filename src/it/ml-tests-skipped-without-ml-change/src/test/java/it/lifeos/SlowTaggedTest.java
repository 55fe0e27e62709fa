package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class SlowTaggedTest {
  @Test
  void runs() {
    assertEquals("Hello, slow", new Greeter().greet("slow"));
  }
}
