package it.lifeos;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** The ledger as released on main: exchange rates from its own table. */
public final class Ledger {
  private Ledger() {}

  public static void main(String[] args) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
    server.createContext("/health", exchange -> respond(exchange, 200, "{\"status\":\"UP\"}"));
    server.createContext("/api/v1/ping", exchange -> respond(exchange, 200, "{\"pong\":true}"));
    server.start();
    System.out.println("ledger listening on 8080, rates from the built-in table");
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
