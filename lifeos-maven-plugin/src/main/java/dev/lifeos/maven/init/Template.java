package dev.lifeos.maven.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file template shipped in the plugin ({@code dev/lifeos/maven/init/}), with {@code
 * {{lifeos.<name>}}} tokens. GitHub's own {@code ${{ ... }}} expressions pass through untouched.
 */
final class Template {
  private static final Pattern TOKEN = Pattern.compile("(?<!\\$)\\{\\{lifeos\\.([A-Za-z]+)}}");

  private Template() {}

  static String render(String resource, Map<String, String> tokens) {
    String text = read(resource);
    Matcher matcher = TOKEN.matcher(text);
    StringBuilder rendered = new StringBuilder();
    while (matcher.find()) {
      String value = tokens.get(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException(
            "Template "
                + resource
                + " uses {{lifeos."
                + matcher.group(1)
                + "}}, which has no value");
      }
      matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(rendered);
    return rendered.toString();
  }

  private static String read(String resource) {
    try (InputStream in = Template.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Template " + resource + " is not in the plugin");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
