package dev.lifeos.maven.migrations.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The code tokens of a Java source: identifiers and symbols with their positions. Comments ({@code
 * //}, {@code /* *}{@code /}), string literals, text blocks and char literals are skipped, so
 * {@code "execute("} in a string or a comment is not a call.
 */
public final class JavaTokenizer {
  /** An identifier or keyword ({@code symbol} false), or one character of punctuation. */
  public record Token(String text, boolean symbol, int line, int column) {
    public boolean isSymbol(char c) {
      return symbol && text.charAt(0) == c;
    }
  }

  private final String source;
  private int pos;
  private int line = 1;
  private int lineStart;

  private JavaTokenizer(String source) {
    this.source = source;
  }

  public static List<Token> tokens(String source) {
    return new JavaTokenizer(source).read();
  }

  private List<Token> read() {
    List<Token> tokens = new ArrayList<>();
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (c == '\n') {
        newLine(pos++);
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '/' && peek(1) == '/') {
        while (pos < source.length() && source.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && peek(1) == '*') {
        skipUntil("*/", pos + 2);
      } else if (c == '"' && peek(1) == '"' && peek(2) == '"') {
        skipUntil("\"\"\"", pos + 3);
      } else if (c == '"' || c == '\'') {
        skipLiteral(c);
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = pos;
        while (pos < source.length() && Character.isJavaIdentifierPart(source.charAt(pos))) {
          pos++;
        }
        tokens.add(new Token(source.substring(start, pos), false, line, start - lineStart + 1));
      } else {
        tokens.add(new Token(String.valueOf(c), true, line, pos - lineStart + 1));
        pos++;
      }
    }
    return tokens;
  }

  private void skipUntil(String end, int from) {
    int close = source.indexOf(end, from);
    int stop = close < 0 ? source.length() : close + end.length();
    for (int i = pos; i < stop; i++) {
      if (source.charAt(i) == '\n') {
        newLine(i);
      }
    }
    pos = stop;
  }

  private void skipLiteral(char quote) {
    pos++;
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (c == '\\') {
        pos += 2;
      } else if (c == quote || c == '\n') {
        pos++;
        if (c == '\n') {
          newLine(pos - 1);
        }
        return;
      } else {
        pos++;
      }
    }
  }

  private void newLine(int index) {
    line++;
    lineStart = index + 1;
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < source.length() ? source.charAt(i) : '\0';
  }
}
