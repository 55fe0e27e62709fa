package dev.lifeos.maven.migrations.scan;

import java.util.List;
import java.util.Optional;

/**
 * A SQL script as {@link SqlTokenizer} read it.
 *
 * @param statements the statements whose verb was wanted, tokenized
 * @param statementCount every statement, wanted or skipped: what the server would be sent
 * @param unterminated a comment, string, quoted identifier or dollar quote that is never closed and
 *     so swallows the rest of the script
 * @param blank the text is empty or only whitespace
 */
public record TokenizedSql(
    List<SqlStatement> statements,
    int statementCount,
    Optional<Unterminated> unterminated,
    boolean blank) {

  /**
   * Where an unterminated construct starts.
   *
   * @param what "block comment", "string", "quoted identifier", "dollar-quoted string"
   * @param opening how it opens: {@code /*}, {@code '}, {@code "}, {@code $body$}
   */
  public record Unterminated(String what, String opening, int line, int column) {}
}
