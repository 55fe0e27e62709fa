package dev.lifeos.demo.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.demo.ml.TransactionCategorizer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DemoServerTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private DemoServer server;

  @BeforeEach
  void start() throws Exception {
    server = DemoServer.start(0, TransactionCategorizer.bundled());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthSaysUp() throws Exception {
    HttpResponse<String> response = get("/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
  }

  @Test
  void pingAnswers() throws Exception {
    assertThat(get("/api/v1/ping").body()).isEqualTo("{\"pong\":true}");
  }

  @Test
  void categorizesADescription() throws Exception {
    HttpResponse<String> response = get("/api/v1/categorize?x=1&description=Monthly%20rent");

    assertThat(response.body()).isEqualTo("{\"category\":\"RENT\"}");
  }

  @Test
  void categorizeWithoutDescriptionIsABadRequest() throws Exception {
    assertThat(get("/api/v1/categorize").statusCode()).isEqualTo(400);
  }
}
