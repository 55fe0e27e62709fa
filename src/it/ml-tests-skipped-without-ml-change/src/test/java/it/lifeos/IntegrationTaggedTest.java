package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("integration")
class IntegrationTaggedTest {
  @Test
  void runs() {
    assertEquals("Hello, integration", new Greeter().greet("integration"));
  }
}
