package dev.lifeos.maven.migrations.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Splits SQL into statements of {@link Token}s, the way PostgreSQL's lexer reads it: {@code --} and
 * (nested) {@code /* *}{@code /} comments are dropped; {@code 'strings'} (with {@code ''}), {@code
 * E'strings'} (with backslash escapes), dollar-quoted {@code $tag$bodies$tag$} and {@code
 * "identifiers"} (also MySQL's {@code `backticks`}) are single tokens. A {@code ;} ends a statement
 * only outside all of these, and outside the {@code BEGIN ATOMIC ... END} body of a SQL-standard
 * function. For MySQL, backslashes escape in every string, {@code #} starts a comment and block
 * comments do not nest.
 *
 * <p>Unterminated quotes or comments run to the end of the text, as the server would read them, and
 * are reported: a script whose end is swallowed by an unclosed {@code /*} runs nothing of it. One
 * pass, no regular expressions, no recursion: it runs on every migration of every build.
 */
public final class SqlTokenizer {
  private final String sql;
  private final int length;
  private final boolean mysql;
  private int pos;
  private int line;
  private int lineStart;
  private TokenizedSql.Unterminated unterminated;

  private SqlTokenizer(String sql, Dialect dialect, int firstLine, int firstColumn) {
    this.sql = sql;
    this.length = sql.length();
    this.mysql = dialect == Dialect.MYSQL;
    this.line = firstLine;
    this.lineStart = 1 - firstColumn;
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
    return tokenize(sql, Dialect.POSTGRESQL, wanted).statements();
  }

  /**
   * {@code sql} read as {@code dialect} reads it, keeping the statements {@code wanted} accepts.
   */
  public static TokenizedSql tokenize(String sql, Dialect dialect, Predicate<Token> wanted) {
    return tokenize(sql, dialect, wanted, 1, 1);
  }

  /**
   * As {@link #tokenize(String, Dialect, Predicate)}, for SQL that starts at {@code firstLine} and
   * {@code firstColumn} of a file (a string literal in Java): tokens carry the file's positions.
   */
  public static TokenizedSql tokenize(
      String sql, Dialect dialect, Predicate<Token> wanted, int firstLine, int firstColumn) {
    return new SqlTokenizer(sql, dialect, firstLine, firstColumn).read(wanted);
  }

  private TokenizedSql read(Predicate<Token> wanted) {
    List<SqlStatement> statements = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int count = 0;
    int atomicDepth = 0;
    Token token;
    while ((token = next()) != null) {
      if (token.isSymbol(';') && atomicDepth == 0) {
        if (!current.isEmpty()) {
          statements.add(new SqlStatement(current));
          current = new ArrayList<>();
          count++;
        }
      } else if (current.isEmpty() && token.type() == Token.Type.WORD && !wanted.test(token)) {
        skipStatement();
        count++;
      } else {
        atomicDepth += atomicDepthChange(current, token, atomicDepth);
        current.add(token);
      }
    }
    if (!current.isEmpty()) {
      statements.add(new SqlStatement(current));
      count++;
    }
    return new TokenizedSql(statements, count, Optional.ofNullable(unterminated), sql.isBlank());
  }

  /**
   * How {@code token} changes the nesting of a SQL-standard function body ({@code CREATE FUNCTION
   * ... BEGIN ATOMIC ...; ...; END}), inside which {@code ;} does not end the statement: {@code
   * BEGIN ATOMIC} and {@code CASE} open, {@code END} closes, as psql counts them.
   */
  private static int atomicDepthChange(List<Token> statement, Token token, int depth) {
    if (statement.isEmpty() || !statement.get(0).is("CREATE")) {
      return 0;
    }
    if (token.is("ATOMIC") && statement.get(statement.size() - 1).is("BEGIN")) {
      return 1;
    }
    if (depth > 0 && token.is("CASE")) {
      return 1;
    }
    return depth > 0 && token.is("END") ? -1 : 0;
  }

  /** Moves past the rest of a statement, up to and including its top-level {@code ;}. */
  private void skipStatement() {
    while (pos < length) {
      char c = sql.charAt(pos);
      if (c == ';') {
        pos++;
        return;
      } else if (c == '\'') {
        skipQuoted('\'', mysql, "string");
      } else if ((c == 'E' || c == 'e') && peek(1) == '\'' && !isWordPart(peek(-1))) {
        pos++;
        skipQuoted('\'', true, "string");
      } else if (c == '"' || c == '`') {
        skipQuoted(c, mysql && c == '"', "quoted identifier");
      } else if (c == '$' && !isWordPart(peek(-1)) && dollarTagEnd() > 0) {
        skipDollarQuoted();
      } else if (startsComment(c) || Character.isWhitespace(c)) {
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
      skipQuoted('\'', mysql, "string");
      type = Token.Type.STRING;
    } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
      pos++;
      skipQuoted('\'', true, "string");
      type = Token.Type.STRING;
    } else if (c == '"' || c == '`') {
      skipQuoted(c, mysql && c == '"', "quoted identifier");
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

  private boolean startsComment(char c) {
    return (c == '-' && peek(1) == '-') || (c == '/' && peek(1) == '*') || (mysql && c == '#');
  }

  private void skipWhitespaceAndComments() {
    while (pos < length) {
      char c = sql.charAt(pos);
      if (c == '\n') {
        newLine(pos);
        pos++;
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
      } else if ((c == '-' && peek(1) == '-') || (mysql && c == '#')) {
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

  /**
   * PostgreSQL nests block comments: {@code /* a /* b *}{@code / c *}{@code /} is one comment.
   * MySQL does not.
   */
  private void skipBlockComment() {
    int startLine = line;
    int startColumn = pos - lineStart + 1;
    int depth = 0;
    while (pos < length) {
      char c = sql.charAt(pos);
      if (c == '/' && peek(1) == '*' && (depth == 0 || !mysql)) {
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
    unterminated("block comment", "/*", startLine, startColumn);
  }

  /** From an opening quote to its closing one; a doubled quote is an escaped quote. */
  private void skipQuoted(char quote, boolean backslashEscapes, String what) {
    int startLine = line;
    int startColumn = pos - lineStart + 1;
    String opening = backslashEscapes && !mysql ? "E" + quote : String.valueOf(quote);
    if (opening.length() == 2) {
      startColumn--;
    }
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
    pos = length;
    unterminated(what, opening, startLine, startColumn);
  }

  /**
   * The end (exclusive) of a dollar-quote tag starting at {@code pos}: {@code $$} or {@code $tag$},
   * where a tag is an identifier not starting with a digit ({@code $1} is a parameter). MySQL has
   * no dollar quotes.
   */
  private int dollarTagEnd() {
    int i = pos + 1;
    if (mysql || (i < length && Character.isDigit(sql.charAt(i)))) {
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
    if (close < 0) {
      unterminated("dollar-quoted string", tag, line, pos - lineStart + 1);
    }
    int end = close < 0 ? length : close + tag.length();
    for (int i = pos; i < end; i++) {
      if (sql.charAt(i) == '\n') {
        newLine(i);
      }
    }
    pos = end;
  }

  private void unterminated(String what, String opening, int startLine, int startColumn) {
    if (unterminated == null) {
      unterminated = new TokenizedSql.Unterminated(what, opening, startLine, startColumn);
    }
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
