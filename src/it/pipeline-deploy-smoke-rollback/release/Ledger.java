package it.lifeos;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Release 1.1.0: in production (LEDGER_ENV=production) exchange rates come from the rates service at RATES_URL,
 * and the ledger is DOWN while it cannot reach it. Elsewhere (the boot gate in CI) it keeps its built-in table.
 */
public final class Ledger {
  private Ledger() {}

  public static void main(String[] args) throws IOException {
    boolean production = "production".equals(System.getenv("LEDGER_ENV"));
    URI rates = URI.create(System.getenv().getOrDefault("RATES_URL", "http://rates.internal:8080"));
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
    server.createContext(
        "/health",
        exchange -> {
          if (!production || reachable(rates)) {
            respond(exchange, 200, "{\"status\":\"UP\"}");
          } else {
            System.out.println("health: DOWN, rates service " + rates + " unreachable");
            respond(exchange, 503, "{\"status\":\"DOWN\"}");
          }
        });
    server.createContext("/api/v1/ping", exchange -> respond(exchange, 200, "{\"pong\":true}"));
    server.start();
    System.out.println("ledger 1.1.0 listening on 8080, rates from " + (production ? rates : "the built-in table"));
  }

  private static boolean reachable(URI rates) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(rates.getHost(), rates.getPort()), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
