package dev.lifeos.maven.report;

/**
 * Text in GitHub-flavoured Markdown tables (the step summary, {@code summary.md}): whatever a
 * message, a file name or a server's answer holds, it stays in its cell and cannot start a code
 * span or an HTML tag there.
 */
public final class Markdown {
  private Markdown() {}

  /**
   * {@code text} as one table cell: {@code |} escaped, line breaks as spaces, {@code `} escaped and
   * {@code <} as {@code &lt;}.
   */
  public static String cell(String text) {
    StringBuilder cell = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '|' -> cell.append("\\|");
        case '`' -> cell.append("\\`");
        case '<' -> cell.append("&lt;");
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            cell.append(' ');
          }
        }
        case '\n' -> cell.append(' ');
        default -> cell.append(c);
      }
    }
    return cell.toString();
  }

  /**
   * {@code text} as code in a table cell: {@code `text`}, fenced with more backticks than it holds
   * in a row, its {@code |} escaped (GitHub splits a row into cells before it reads code) and line
   * breaks as spaces.
   */
  public static String code(String text) {
    String flat = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = longest > 0 ? " " : "";
    return fence + pad + flat.replace("|", "\\|") + pad + fence;
  }
}
