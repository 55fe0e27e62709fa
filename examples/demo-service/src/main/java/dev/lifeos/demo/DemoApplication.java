package dev.lifeos.demo;

import dev.lifeos.demo.http.DemoServer;
import dev.lifeos.demo.ml.TransactionCategorizer;
import java.io.IOException;
import java.util.Map;

/**
 * Entry point: serves HTTP on $PORT (default 8080). Migrations are applied by CI before rollout.
 */
public final class DemoApplication {
  private DemoApplication() {}

  public static void main(String[] args) throws IOException {
    DemoServer server = start(System.getenv());
    System.out.println("demo-service listening on port " + server.port());
  }

  static DemoServer start(Map<String, String> environment) throws IOException {
    int port = Integer.parseInt(environment.getOrDefault("PORT", "8080"));
    return DemoServer.start(port, TransactionCategorizer.bundled());
  }
}
