package dev.lifeos.maven.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    assertThat(HealthVerdict.problem(Optional.empty(), body)).isNull();
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
    assertThat(HealthVerdict.problem(Optional.empty(), body)).isNotNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "application/json|{\"status\":\"UP\"}",
        "application/json; charset=utf-8|{\"status\":\"ok\"}",
        "application/vnd.spring-boot.actuator.v3+json|{\"status\":\"UP\"}",
        "application/health+json|{\"status\":\"pass\"}",
        "text/plain; charset=UTF-8|OK"
      })
  void healthyAnswersByContentType(String contentType, String body) {
    assertThat(HealthVerdict.problem(Optional.of(contentType), body)).isNull();
  }

  @Test
  void htmlLoginPageThatSaysOkIsNeverHealthy() {
    String login = "<html><head><title>Sign in</title></head><body>OK</body></html>";

    assertThat(HealthVerdict.problem(Optional.of("text/html; charset=utf-8"), login))
        .startsWith("the answer is text/html, not a health status (a login or error page?)");
    assertThat(HealthVerdict.problem(Optional.empty(), login))
        .startsWith("the answer is markup without a content type, not a health status");
    assertThat(HealthVerdict.problem(Optional.of("application/xml"), "<status>UP</status>"))
        .startsWith("the answer is application/xml, not a health status");
  }

  @Test
  void jsonContentTypeIsReadAsJsonEvenWhenTheTextWouldPass() {
    assertThat(HealthVerdict.problem(Optional.of("application/json"), "OK"))
        .isEqualTo("the body is not valid JSON: OK");
  }
}
