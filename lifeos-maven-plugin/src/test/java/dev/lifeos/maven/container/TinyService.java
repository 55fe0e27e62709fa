package dev.lifeos.maven.container;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The service in the test images ({@link TestImages}): by {@code MODE}, it serves a healthy {@code
 * /health} and {@code /api/v1/ping} on 8080 ({@code up}), answers 503 DOWN for ever ({@code down}),
 * or throws at start ({@code crash}), as a service with a bad configuration does.
 */
public final class TinyService {
  private TinyService() {}

  public static void main(String[] args) throws IOException {
    String mode = System.getenv().getOrDefault("MODE", "up");
    System.out.println("tiny-service starting in mode " + mode);
    if (mode.equals("crash")) {
      throw new IllegalStateException("LEDGER_DB_URL is not set: cannot start");
    }
    boolean up = mode.equals("up");
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
    server.createContext(
        "/health",
        exchange -> {
          byte[] body =
              (up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(up ? 200 : 503, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
          if (!up) {
            System.out.println("health: DOWN (rates service unreachable)");
          }
        });
    server.createContext(
        "/api/v1/ping",
        exchange -> {
          byte[] body = "{\"pong\":true}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    System.out.println("tiny-service listening on 8080");
  }
}
