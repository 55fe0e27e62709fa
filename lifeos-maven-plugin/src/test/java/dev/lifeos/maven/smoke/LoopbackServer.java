package dev.lifeos.maven.smoke;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A real HTTP server on 127.0.0.1 for one test; answers are chosen per path and call number. */
final class LoopbackServer implements AutoCloseable {
  record Answer(int status, String body, Map<String, String> headers) {
    Answer(int status, String body) {
      this(status, body, Map.of());
    }

    static Answer json(int status, String body) {
      return new Answer(status, body, Map.of("Content-Type", "application/json"));
    }

    static Answer redirect(int status, String location) {
      return new Answer(status, "", Map.of("Location", location));
    }
  }

  /** A request the server got: its path and the Authorization header it carried (or null). */
  record Request(String path, String authorization) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

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
        path,
        exchange -> {
          requests.add(
              new Request(
                  exchange.getRequestURI().getPath(),
                  exchange.getRequestHeaders().getFirst("Authorization")));
          respond(exchange, answers.apply(calls.incrementAndGet()));
        });
    return this;
  }

  LoopbackServer on(String path, int status, String body) {
    return on(path, call -> new Answer(status, body));
  }

  LoopbackServer on(String path, Answer answer) {
    return on(path, call -> answer);
  }

  /** Echoes the Authorization header it got, with a 500: a service that leaks what it is sent. */
  LoopbackServer echoAuthorization(String path) {
    return on(
        path,
        call -> new Answer(500, "bad token " + requests.get(requests.size() - 1).authorization()));
  }

  List<Request> requests() {
    return requests;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static void respond(HttpExchange exchange, Answer answer) throws IOException {
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    answer.headers().forEach(exchange.getResponseHeaders()::set);
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
