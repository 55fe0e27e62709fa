package dev.lifeos.maven.smoke;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An endpoint the smoke test calls once the service is healthy.
 *
 * @param path appended to the base URL ({@code /api/v1/ping}), or a full URL
 * @param status the expected HTTP status; empty accepts any 2xx
 * @param bodyPattern a regular expression the body must contain a match of; empty accepts any
 * @param required false: a failure is reported as a warning and does not fail the smoke test
 */
public record Endpoint(
    String path, Optional<Integer> status, Optional<Pattern> bodyPattern, boolean required) {

  public String describe() {
    return "GET " + path;
  }
}
