package dev.lifeos.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.demo.http.DemoServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoApplicationTest {
  @Test
  void listensOnThePortFromTheEnvironment() throws Exception {
    try (DemoServer server = DemoApplication.start(Map.of("PORT", "0"))) {
      assertThat(server.port()).isPositive();
    }
  }
}
