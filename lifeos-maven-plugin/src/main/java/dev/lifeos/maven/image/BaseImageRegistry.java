package dev.lifeos.maven.image;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the registry that holds a Jib base image can be reached at all, asked before a pull
 * request builds its image tar: a laptop or a CI machine without Docker Hub should hear that in one
 * line, not read Jib's stack of retries. Only the TCP connection is tried (a registry answers 401
 * to strangers; Jib deals with credentials); behind a proxy nothing is tried, as the proxy decides.
 */
public final class BaseImageRegistry {
  /** Where an image named without a registry ({@code eclipse-temurin:17-jre}) is pulled from. */
  static final String DOCKER_HUB = "registry-1.docker.io";

  private final String host;
  private final int port;

  private BaseImageRegistry(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /**
   * The registry of {@code image} as Jib reads the reference; empty for a base Jib reads without a
   * registry: {@code scratch}, {@code tar://}, {@code docker://}.
   */
  public static Optional<BaseImageRegistry> of(String image) {
    String reference = image.trim();
    if (reference.equals("scratch")
        || reference.startsWith("tar://")
        || reference.startsWith("docker://")) {
      return Optional.empty();
    }
    reference = reference.replaceFirst("^registry://", "");
    int slash = reference.indexOf('/');
    String first = slash < 0 ? "" : reference.substring(0, slash);
    // Docker's rule: the first component names a registry when it has a dot or a port, or is
    // localhost
    if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
      int colon = first.lastIndexOf(':');
      if (colon > 0 && first.substring(colon + 1).matches("\\d{1,5}")) {
        return Optional.of(
            new BaseImageRegistry(
                first.substring(0, colon), Integer.parseInt(first.substring(colon + 1))));
      }
      return Optional.of(new BaseImageRegistry(first, 443));
    }
    return Optional.of(new BaseImageRegistry(DOCKER_HUB, 443));
  }

  public String address() {
    return host + ":" + port;
  }

  /**
   * Why the registry cannot be reached, or empty when a connection opened within {@code timeout}
   * (or a proxy is configured in {@code environment} or the JVM, and would be the one to connect).
   */
  public Optional<String> unreachable(Duration timeout, Map<String, String> environment) {
    if (proxied(environment)) {
      return Optional.empty();
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
      return Optional.empty();
    } catch (UnknownHostException e) {
      return Optional.of(host + " does not resolve (no DNS for it here)");
    } catch (IOException e) {
      return Optional.of(
          "no connection to " + address() + " within " + timeout.toSeconds() + " s (" + e + ")");
    }
  }

  private static boolean proxied(Map<String, String> environment) {
    return System.getProperty("https.proxyHost") != null
        || System.getProperty("http.proxyHost") != null
        || environment.keySet().stream()
            .anyMatch(
                name ->
                    name.equalsIgnoreCase("https_proxy") || name.equalsIgnoreCase("http_proxy"));
  }
}
