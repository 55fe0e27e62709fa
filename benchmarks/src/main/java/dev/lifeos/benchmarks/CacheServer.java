package dev.lifeos.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;

/**
 * The remote build cache of the benchmark: an HTTP server on loopback, on a port the system picks,
 * that stores what is PUT under its path and serves it back (GET, HEAD), which is all the Maven
 * Build Cache Extension asks of a remote cache. Run it as a single-file program:
 *
 * <pre>java CacheServer.java PORT_FILE STORE_DIRECTORY</pre>
 *
 * It writes its port to PORT_FILE and serves until it is stopped. A body over 256 MB is refused.
 */
public final class CacheServer {
  private static final long MAX_BODY = 256L << 20;

  private CacheServer() {}

  public static void main(String[] args) throws IOException {
    Path store = Path.of(args[1]).toAbsolutePath().normalize();
    Files.createDirectories(store);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", exchange -> serve(exchange, store));
    server.start();
    Files.writeString(Path.of(args[0]), Integer.toString(server.getAddress().getPort()));
  }

  private static void serve(HttpExchange exchange, Path store) throws IOException {
    try (exchange) {
      Path file = store.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
      if (!file.startsWith(store)) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      switch (exchange.getRequestMethod()) {
        case "PUT" -> {
          Files.createDirectories(file.getParent());
          try (InputStream body = exchange.getRequestBody()) {
            byte[] bytes = body.readNBytes((int) MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
              exchange.sendResponseHeaders(413, -1);
              return;
            }
            Files.write(file, bytes);
          }
          exchange.sendResponseHeaders(201, -1);
        }
        case "GET", "HEAD" -> {
          if (!Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            return;
          }
          boolean head = exchange.getRequestMethod().equals("HEAD");
          exchange.sendResponseHeaders(200, head ? -1 : Files.size(file));
          if (!head) {
            Files.copy(file, exchange.getResponseBody());
          }
        }
        default -> exchange.sendResponseHeaders(405, -1);
      }
    }
  }
}
