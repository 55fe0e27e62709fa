package dev.lifeos.maven.migrations.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits SQL into statements of {@link Token}s, the way PostgreSQL's lexer reads it: {@code --} and
 * (nested) {@code /* *}{@code /} comments are dropped; {@code 'strings'} (with {@code ''}), {@code
 * E'strings'} (with backslash escapes), dollar-quoted {@code $tag$bodies$tag$} and {@code
 * "identifiers"} (also MySQL's {@code `backticks`}) are single tokens. A {@code ;} ends a statement
 * only outside all of these.
 *
 * <p>Unterminated quotes or comments run to the end of the text, as the server would read them. One
 * pass, no regular expressions: it runs on every migration of every build.
 */
public final class SqlTokenizer {
  private final String sql;
  private final int length;
  private int pos;
  private int line = 1;
  private int lineStart;

  private SqlTokenizer(String sql) {
    this.sql = sql;
    this.length = sql.length();
  }

  /** Every statement of {@code sql}. */
  public static List<SqlStatement> statements(String sql) {
    return statements(sql, verb -> true);
  }

  /**
   * The statements of {@code sql} whose first word {@code wanted} accepts (a statement that starts
   * with anything but a word is always kept). The others are skipped to their {@code ;} without
   * being tokenized, still respecting quotes and comments.
   */
  public static List<SqlStatement> statements(String sql, Predicate<Token> wanted) {
    return new SqlTokenizer(sql).readStatements(wanted);
  }

  private List<SqlStatement> readStatements(Predicate<Token> wanted) {
    List<SqlStatement> statements = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    Token token;
    while ((token = next()) != null) {
      if (token.isSymbol(';')) {
        if (!current.isEmpty()) {
          statements.add(new SqlStatement(current));
          current = new ArrayList<>();
        }
      } else if (current.isEmpty() && token.type() == Token.Type.WORD && !wanted.test(token)) {
        skipStatement();
      } else {
        current.add(token);
      }
    }
    if (!current.isEmpty()) {
      statements.add(new SqlStatement(current));
    }
    return statements;
  }

  /** Moves past the rest of a statement, up to and including its top-level {@code ;}. */
  private void skipStatement() {
    while (pos < length) {
      char c = sql.charAt(pos);
      if (c == ';') {
        pos++;
        return;
      } else if (c == '\'') {
        skipQuoted('\'', false);
      } else if ((c == 'E' || c == 'e') && peek(1) == '\'' && !isWordPart(peek(-1))) {
        pos++;
        skipQuoted('\'', true);
      } else if (c == '"' || c == '`') {
        skipQuoted(c, false);
      } else if (c == '$' && !isWordPart(peek(-1)) && dollarTagEnd() > 0) {
        skipDollarQuoted();
      } else if ((c == '-' && peek(1) == '-')
          || (c == '/' && peek(1) == '*')
          || Character.isWhitespace(c)) {
        skipWhitespaceAndComments();
      } else {
        pos++;
      }
    }
  }

  private Token next() {
    skipWhitespaceAndComments();
    if (pos >= length) {
      return null;
    }
    int start = pos;
    int startLine = line;
    int column = pos - lineStart + 1;
    char c = sql.charAt(pos);
    Token.Type type;
    if (c == '\'') {
      skipQuoted('\'', false);
      type = Token.Type.STRING;
    } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
      pos++;
      skipQuoted('\'', true);
      type = Token.Type.STRING;
    } else if (c == '"' || c == '`') {
      skipQuoted(c, false);
      type = Token.Type.QUOTED_IDENTIFIER;
    } else if (c == '$' && dollarTagEnd() > 0) {
      skipDollarQuoted();
      type = Token.Type.STRING;
    } else if (isWordStart(c)) {
      pos++;
      while (pos < length && isWordPart(sql.charAt(pos))) {
        pos++;
      }
      type = Token.Type.WORD;
    } else if (Character.isDigit(c)) {
      pos++;
      while (pos < length
          && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
        pos++;
      }
      type = Token.Type.NUMBER;
    } else {
      pos++;
      type = Token.Type.SYMBOL;
    }
    return new Token(type, sql, start, pos, startLine, column);
  }

  private void skipWhitespaceAndComments() {
    while (pos < length) {
      char c = sql.charAt(pos);
      if (c == '\n') {
        newLine(pos);
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '-' && peek(1) == '-') {
        while (pos < length && sql.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && peek(1) == '*') {
        skipBlockComment();
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else {
        return;
      }
    }
  }

  /** PostgreSQL nests block comments: {@code /* a /* b *}{@code / c *}{@code /} is one comment. */
  private void skipBlockComment() {
    int depth = 0;
    while (pos < length) {
      char c = sql.charAt(pos);
      if (c == '/' && peek(1) == '*') {
        depth++;
        pos += 2;
      } else if (c == '*' && peek(1) == '/') {
        depth--;
        pos += 2;
        if (depth == 0) {
          return;
        }
      } else {
        if (c == '\n') {
          newLine(pos);
        }
        pos++;
      }
    }
  }

  /** From an opening quote to its closing one; a doubled quote is an escaped quote. */
  private void skipQuoted(char quote, boolean backslashEscapes) {
    pos++;
    while (pos < length) {
      char c = sql.charAt(pos);
      if (c == '\n') {
        newLine(pos);
      }
      if (backslashEscapes && c == '\\') {
        if (peek(1) == '\n') {
          newLine(pos + 1);
        }
        pos += 2;
      } else if (c == quote) {
        if (peek(1) == quote) {
          pos += 2;
        } else {
          pos++;
          return;
        }
      } else {
        pos++;
      }
    }
  }

  /**
   * The end (exclusive) of a dollar-quote tag starting at {@code pos}: {@code $$} or {@code $tag$},
   * where a tag is an identifier not starting with a digit ({@code $1} is a parameter).
   */
  private int dollarTagEnd() {
    int i = pos + 1;
    if (i < length && Character.isDigit(sql.charAt(i))) {
      return -1;
    }
    while (i < length && isWordPart(sql.charAt(i)) && sql.charAt(i) != '$') {
      i++;
    }
    return i < length && sql.charAt(i) == '$' ? i + 1 : -1;
  }

  private void skipDollarQuoted() {
    int tagEnd = dollarTagEnd();
    String tag = sql.substring(pos, tagEnd);
    int close = sql.indexOf(tag, tagEnd);
    int end = close < 0 ? length : close + tag.length();
    for (int i = pos; i < end; i++) {
      if (sql.charAt(i) == '\n') {
        newLine(i);
      }
    }
    pos = end;
  }

  private void newLine(int newlineIndex) {
    line++;
    lineStart = newlineIndex + 1;
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i >= 0 && i < length ? sql.charAt(i) : '\0';
  }

  private static boolean isWordStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
