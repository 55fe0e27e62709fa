package dev.lifeos.demo.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lifeos.demo.ml.TransactionCategorizer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The service's HTTP face: {@code /health} for the smoke test and the orchestrator, {@code
 * /api/v1/ping} for a basic API check, and {@code /api/v1/categorize?description=...}.
 */
public final class DemoServer implements AutoCloseable {
  private final HttpServer server;

  private DemoServer(HttpServer server) {
    this.server = server;
  }

  /** Starts on {@code port} (0 picks a free one) of all interfaces. */
  public static DemoServer start(int port, TransactionCategorizer categorizer) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
    server.createContext("/api/v1/ping", exchange -> respond(exchange, 200, "{\"pong\":true}"));
    server.createContext(
        "/api/v1/categorize",
        exchange -> {
          String description = queryParameter(exchange, "description");
          if (description.isEmpty()) {
            respond(exchange, 400, "{\"error\":\"description is required\"}");
          } else {
            respond(
                exchange,
                200,
                "{\"category\":\"" + categorizer.categorize(description).name() + "\"}");
          }
        });
    server.start();
    return new DemoServer(server);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static String queryParameter(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      for (String pair : query.split("&", -1)) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).equals(name)) {
          return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      }
    }
    return "";
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
