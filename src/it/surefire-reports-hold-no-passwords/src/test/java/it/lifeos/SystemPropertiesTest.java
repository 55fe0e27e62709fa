package it.lifeos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The test JVM still gets the build's -D values, less the secret ones. */
class SystemPropertiesTest {
  @Test
  void getsTheOtherPropertiesButNoSecret() {
    assertEquals("on", System.getProperty("acme.feature"));
    assertNull(System.getProperty("lifeos.migrations.password"));
    assertNull(System.getProperty("lifeos.migrations.jdbcUrl"));
    assertNull(System.getProperty("jib.to.auth.password"));
  }
}
