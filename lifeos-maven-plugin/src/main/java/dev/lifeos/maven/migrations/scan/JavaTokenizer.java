package dev.lifeos.maven.migrations.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a Java source: identifiers, symbols and string literals (decoded) with their
 * positions. Comments ({@code //}, {@code /* *}{@code /}) and char literals are skipped, so {@code
 * "execute("} in a comment is not a call and a string is never an identifier.
 */
public final class JavaTokenizer {
  /** What a token is. */
  public enum Kind {
    WORD,
    /** One character of punctuation. */
    SYMBOL,
    /** A string literal or text block; its text is the decoded value. */
    STRING
  }

  /**
   * A token; {@code line} and {@code column} are those of its first character. For a text block,
   * those of its content's first line.
   */
  public record Token(String text, Kind kind, int line, int column) {
    public boolean symbol() {
      return kind == Kind.SYMBOL;
    }

    public boolean isSymbol(char c) {
      return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    public boolean isWord() {
      return kind == Kind.WORD;
    }

    public boolean isWord(String word) {
      return kind == Kind.WORD && text.equals(word);
    }

    public boolean isString() {
      return kind == Kind.STRING;
    }
  }

  private final String source;
  private final List<Token> tokens = new ArrayList<>();
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
        int close = source.indexOf("*/", pos + 2);
        moveTo(close < 0 ? source.length() : close + 2);
      } else if (c == '"' && peek(1) == '"' && peek(2) == '"') {
        textBlock();
      } else if (c == '"' || c == '\'') {
        literal(c);
      } else if (Character.isJavaIdentifierStart(c)) {
        int start = pos;
        while (pos < source.length() && Character.isJavaIdentifierPart(source.charAt(pos))) {
          pos++;
        }
        tokens.add(new Token(source.substring(start, pos), Kind.WORD, line, start - lineStart + 1));
      } else {
        tokens.add(new Token(String.valueOf(c), Kind.SYMBOL, line, pos - lineStart + 1));
        pos++;
      }
    }
    return tokens;
  }

  /** A {@code "string"} (a token) or a {@code 'c'} char (skipped); both end at the line's end. */
  private void literal(char quote) {
    int startLine = line;
    int column = pos - lineStart + 1;
    int start = ++pos;
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (c == '\\' && peek(1) != '\n') {
        pos += 2;
      } else if (c == quote || c == '\n') {
        break;
      } else {
        pos++;
      }
    }
    int end = Math.min(pos, source.length());
    if (quote == '"') {
      tokens.add(
          new Token(decode(source.substring(start, end)), Kind.STRING, startLine, column + 1));
    }
    if (pos < source.length() && source.charAt(pos) == quote) {
      pos++;
    }
  }

  /** {@code """ ... """}: its content, incidental indentation stripped, escapes translated. */
  private void textBlock() {
    int open = pos;
    int end = open + 3;
    while (end < source.length()
        && !(source.startsWith("\"\"\"", end) && source.charAt(end - 1) != '\\')) {
      end++;
    }
    int contentStart = source.indexOf('\n', open);
    int contentLine = line + 1;
    if (contentStart >= 0 && contentStart < end) {
      tokens.add(
          new Token(
              decode(source.substring(contentStart + 1, end).stripIndent()),
              Kind.STRING,
              contentLine,
              1));
    }
    moveTo(Math.min(end + 3, source.length()));
  }

  /** Java's escapes translated; an invalid escape leaves the text as written. */
  private static String decode(String literal) {
    try {
      return literal.translateEscapes();
    } catch (IllegalArgumentException invalid) {
      return literal;
    }
  }

  /** Moves to {@code target}, counting the lines passed. */
  private void moveTo(int target) {
    for (int i = pos; i < target; i++) {
      if (source.charAt(i) == '\n') {
        newLine(i);
      }
    }
    pos = target;
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
