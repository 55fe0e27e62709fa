package dev.lifeos.maven.smoke;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A real HTTP server on 127.0.0.1 for one test; answers are chosen per path and call number. */
final class LoopbackServer implements AutoCloseable {
  record Answer(int status, String body) {}

  private final HttpServer server;

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  static LoopbackServer start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.start();
    return new LoopbackServer(server);
  }

  /** Answers {@code path}; the function gets the 1-based number of the call. */
  LoopbackServer on(String path, IntFunction<Answer> answers) {
    AtomicInteger calls = new AtomicInteger();
    server.createContext(
        path, exchange -> respond(exchange, answers.apply(calls.incrementAndGet())));
    return this;
  }

  LoopbackServer on(String path, int status, String body) {
    return on(path, call -> new Answer(status, body));
  }

  /** Echoes the Authorization header it got, with a 500: a service that leaks what it is sent. */
  LoopbackServer echoAuthorization(String path) {
    server.createContext(
        path,
        exchange ->
            respond(
                exchange,
                new Answer(
                    500, "bad token " + exchange.getRequestHeaders().getFirst("Authorization"))));
    return this;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void respond(HttpExchange exchange, Answer answer) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
