package it.lifeos;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A ledger that needs its database: it refuses to start without one and is DOWN while it is unreachable. */
public final class Ledger {
  private Ledger() {}

  public static void main(String[] args) throws IOException {
    String db = System.getenv("LEDGER_DB_URL");
    System.out.println("ledger 1.2.0 starting");
    if (db == null) {
      throw new IllegalStateException("LEDGER_DB_URL is not set: the ledger cannot start without its database");
    }
    URI database = URI.create(db);
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
    server.createContext(
        "/health",
        exchange -> {
          boolean up = reachable(database);
          if (!up) {
            System.out.println("health: DOWN, database " + database.getHost() + ":" + database.getPort() + " unreachable");
          }
          byte[] body = (up ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(up ? 200 : 503, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    System.out.println("ledger listening on 8080");
  }

  private static boolean reachable(URI database) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(database.getHost(), database.getPort()), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
