package dev.lifeos.maven.smoke;

import java.net.URI;
import java.util.Locale;

/**
 * Scheme, host and port of a URL: the unit credentials are configured for. Two URLs that differ in
 * any of the three (http and https of one host, too) are different origins, as for browsers and
 * curl.
 */
record Origin(String scheme, String host, int port) {
  static Origin of(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort() != -1 ? url.getPort() : "https".equals(scheme) ? 443 : 80;
    return new Origin(scheme, host, port);
  }

  /** {@code https://host:8443}, without the default port. */
  @Override
  public String toString() {
    boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }
}
