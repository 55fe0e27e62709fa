package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ml")
class MlTaggedTest {
  @Test
  void runs() {
    assertEquals("Hello, ml", new Greeter().greet("ml"));
  }
}
