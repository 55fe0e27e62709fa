package dev.lifeos.maven.migrations.scan;

import java.util.Locale;

/**
 * A significant piece of SQL: a word, a quoted identifier, a literal or a symbol, with where it
 * starts. Comments and whitespace are not tokens, and a literal is one opaque token, so no rule can
 * ever match inside one.
 */
public final class Token {
  public enum Type {
    /** An unquoted word: a keyword or an identifier. */
    WORD,
    /** {@code "Name"} or {@code `name`}: always an identifier, never a keyword. */
    QUOTED_IDENTIFIER,
    /** {@code 'text'}, {@code E'text'}, {@code $$body$$}, {@code $tag$body$tag$}. */
    STRING,
    NUMBER,
    /** One character of punctuation or an operator: {@code ( ) , ; . = ...}. */
    SYMBOL
  }

  private final Type type;
  private final String source;
  private final int start;
  private final int end;
  private final int line;
  private final int column;

  Token(Type type, String source, int start, int end, int line, int column) {
    this.type = type;
    this.source = source;
    this.start = start;
    this.end = end;
    this.line = line;
    this.column = column;
  }

  public Type type() {
    return type;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** 1-based line of the first character. */
  public int line() {
    return line;
  }

  /** 1-based column of the first character. */
  public int column() {
    return column;
  }

  public String text() {
    return source.substring(start, end);
  }

  /** True for an unquoted word equal to {@code keyword}, ignoring case. */
  public boolean is(String keyword) {
    return type == Type.WORD
        && end - start == keyword.length()
        && source.regionMatches(true, start, keyword, 0, keyword.length());
  }

  public boolean isAny(String... keywords) {
    for (String keyword : keywords) {
      if (is(keyword)) {
        return true;
      }
    }
    return false;
  }

  public boolean isSymbol(char symbol) {
    return type == Type.SYMBOL && end - start == 1 && source.charAt(start) == symbol;
  }

  public boolean isIdentifier() {
    return type == Type.WORD || type == Type.QUOTED_IDENTIFIER;
  }

  /**
   * The name this identifier stands for: unquoted words fold to lower case (as PostgreSQL folds
   * them), quoted ones keep their case without the quotes.
   */
  public String name() {
    if (type == Type.QUOTED_IDENTIFIER) {
      char quote = source.charAt(start);
      return source.substring(start + 1, end - 1).replace("" + quote + quote, "" + quote);
    }
    return text().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return text();
  }
}
