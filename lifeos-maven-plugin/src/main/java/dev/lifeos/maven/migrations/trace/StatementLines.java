package dev.lifeos.maven.migrations.trace;

import java.util.List;

/** Where in a migration's text each statement the trace saw begins. */
final class StatementLines {
  private static final int KEY_LENGTH = 60;

  private StatementLines() {}

  /**
   * The 1-based line of each of {@code statements} in {@code text}, searched in order (0 when not
   * found: a statement a Java migration builds at run time, or placeholders replaced; its findings
   * then name the file only).
   */
  static int[] of(String text, List<TracedStatement> statements) {
    int[] lines = new int[statements.size()];
    int from = 0;
    int line = 1;
    for (TracedStatement statement : statements) {
      String key = key(statement.sql());
      int at = key.isEmpty() ? -1 : text.indexOf(key, from);
      if (at >= 0) {
        for (int i = from; i < at; i++) {
          line += text.charAt(i) == '\n' ? 1 : 0;
        }
        lines[statement.index()] = line;
        from = at;
      }
    }
    return lines;
  }

  /** The statement's first line from its first word on (Flyway keeps comments in front of it). */
  private static String key(String sql) {
    String rest = LockTrace.withoutLeadingComments(sql);
    int newline = rest.indexOf('\n');
    String line = (newline < 0 ? rest : rest.substring(0, newline)).stripTrailing();
    return line.length() > KEY_LENGTH ? line.substring(0, KEY_LENGTH) : line;
  }
}
