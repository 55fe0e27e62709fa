package dev.lifeos.maven.typecheck;

import dev.lifeos.maven.baseline.FindingKey;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One javac diagnostic: an error, warning or note, from javac itself or from a plugin (Error Prone,
 * NullAway), as javac printed it.
 *
 * @param kind error, warning or note
 * @param file relative to the module ('/'-separated), or empty for a diagnostic without a file
 * @param line 1-based, 0 without a position
 * @param column 1-based (from javac's caret), 0 without one
 * @param check the bracketed name that starts the message: an Error Prone check ({@code NullAway},
 *     {@code DeadException}) or a javac lint category ({@code deprecation}); empty for a plain
 *     javac message
 * @param message the first line of the message, without the check name
 * @param code the flagged source line, trimmed; empty when javac printed none
 * @param details the lines javac printed after the source line: links, suggestions, symbols
 */
public record Diagnostic(
    Kind kind,
    String file,
    int line,
    int column,
    String check,
    String message,
    String code,
    List<String> details) {
  public enum Kind {
    ERROR,
    WARNING,
    NOTE
  }

  public Diagnostic {
    details = List.copyOf(details);
  }

  /** The same diagnostic of another kind: a lowered finding that fails the build is an error. */
  public Diagnostic as(Kind other) {
    return new Diagnostic(other, file, line, column, check, message, code, details);
  }

  /**
   * True for a finding of a static-analysis check (Error Prone, NullAway): its name is a CamelCase
   * word, where javac's own lint categories are lower case.
   */
  public boolean isAnalyzerFinding() {
    return !check.isEmpty() && Character.isUpperCase(check.charAt(0));
  }

  /** How the count-per-check summaries name it: the check, else "javac". */
  public String source() {
    return check.isEmpty() ? "javac" : check;
  }

  public FindingKey key() {
    return FindingKey.of(file, check, message, code);
  }

  /** The Error Prone docs link javac printed with the finding, if any. */
  public Optional<String> link() {
    return details.stream()
        .map(String::trim)
        .filter(d -> d.startsWith("(see ") && d.endsWith(")"))
        .map(d -> d.substring(5, d.length() - 1).trim())
        .findFirst();
  }

  /**
   * As Maven's compiler plugin prints it, so IDEs and people recognise it: {@code
   * src/main/java/A.java:[7,6] error: [DeadException] Exception created but not thrown}, then the
   * lines javac added after the source line (links, suggestions, symbols).
   */
  public String render() {
    StringBuilder text = new StringBuilder();
    if (!file.isEmpty()) {
      text.append(file);
      if (line > 0) {
        text.append(":[").append(line).append(',').append(Math.max(column, 1)).append(']');
      }
      text.append(' ');
    }
    text.append(kind.name().toLowerCase(Locale.ROOT)).append(": ");
    if (!check.isEmpty()) {
      text.append('[').append(check).append("] ");
    }
    text.append(message);
    details.forEach(detail -> text.append('\n').append(detail));
    return text.toString();
  }
}
