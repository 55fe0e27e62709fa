package dev.lifeos.maven.workflows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GitHub's {@code ${{ }}} expressions in a workflow's text, and the secrets they read. */
public final class Expressions {
  private static final String OPEN = "${{";
  private static final String CLOSE = "}}";
  private static final Pattern SECRET =
      Pattern.compile(
          "secrets\\s*(?:\\.\\s*([A-Za-z_][A-Za-z0-9_-]*)|\\[\\s*['\"]([^'\"]+)['\"]\\s*])");

  /** One {@code ${{ body }}} and where it starts in its text. */
  public record Expression(String body, int offset) {
    /** {@code ${{ body }}} as written, for messages. */
    public String text() {
      return "${{" + body + "}}";
    }
  }

  private Expressions() {}

  /**
   * Every expression of {@code text}, in order. An unclosed {@code ${{} is not one. One pass over
   * the text, whatever it holds: a script of unclosed {@code ${{} costs no more than its length.
   */
  public static List<Expression> in(String text) {
    List<Expression> found = new ArrayList<>();
    int start = text.indexOf(OPEN);
    while (start >= 0) {
      int end = text.indexOf(CLOSE, start + OPEN.length());
      if (end < 0) {
        break;
      }
      found.add(new Expression(text.substring(start + OPEN.length(), end), start));
      start = text.indexOf(OPEN, end + CLOSE.length());
    }
    return found;
  }

  /**
   * The secrets {@code text} reads ({@code secrets.NAME}, {@code secrets['NAME']}), except the
   * runner's own {@code GITHUB_TOKEN}.
   */
  public static Set<String> secrets(String text) {
    Set<String> secrets = new LinkedHashSet<>();
    Matcher matcher = SECRET.matcher(text);
    while (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      if (!name.equals("GITHUB_TOKEN")) {
        secrets.add(name);
      }
    }
    return secrets;
  }

  /** The secrets every scalar below {@code node} reads, each with the first node reading it. */
  public static Map<String, YamlNode> secretsBelow(YamlNode node) {
    Map<String, YamlNode> found = new LinkedHashMap<>();
    for (YamlNode scalar : node.scalars()) {
      for (String secret : secrets(scalar.text().orElse(""))) {
        found.putIfAbsent(secret, scalar);
      }
    }
    return found;
  }
}
