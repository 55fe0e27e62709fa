package dev.lifeos.maven.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthVerdictTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"status\":\"UP\"}",
        "{\"status\":\"ok\",\"db\":\"up\"}",
        "{\"status\":\"pass\"}",
        "{\"healthy\":true}",
        "OK",
        "healthy\n",
        "Service is UP"
      })
  void healthyBodies(String body) {
    assertThat(HealthVerdict.problem(body)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"status\":\"DOWN\"}",
        "{\"status\":\"unhealthy\"}",
        "{\"healthy\":false}",
        "{\"uptime\":12}",
        "{\"status\":",
        "",
        "broken",
        "not ok",
        "unhealthy",
        "status: down, ok soon",
        "<html>error</html>"
      })
  void unhealthyBodies(String body) {
    assertThat(HealthVerdict.problem(body)).isNotNull();
  }
}
