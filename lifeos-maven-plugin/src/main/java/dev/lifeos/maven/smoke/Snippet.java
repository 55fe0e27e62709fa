package dev.lifeos.maven.smoke;

/** A response body cut short for a log line: one line, at most 200 characters. */
final class Snippet {
  private static final int MAX = 200;

  private Snippet() {}

  static String of(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    return line.length() <= MAX ? line : line.substring(0, MAX) + "...";
  }
}
