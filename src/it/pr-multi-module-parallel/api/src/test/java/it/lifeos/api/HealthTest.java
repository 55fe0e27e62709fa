package it.lifeos.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.lifeos.core.Cents;
import org.junit.jupiter.api.Test;

class HealthTest {
  @Test
  void reportsOkOrOverdrawn() {
    Health health = new Health();
    assertEquals("ok", health.status(new Cents(1)));
    assertEquals("overdrawn", health.status(new Cents(-1)));
  }
}
