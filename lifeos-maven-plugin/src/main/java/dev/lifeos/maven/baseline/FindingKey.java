package dev.lifeos.maven.baseline;

import java.util.regex.Pattern;

/**
 * What makes a compiler finding the same finding after code around it moved: its file, check,
 * message and the flagged source line. Line and column numbers are left out on purpose, also where
 * a message quotes one ("field 'name' (line 11) is not initialized").
 */
public record FindingKey(String file, String check, String message, String code) {
  private static final Pattern LINE_REFERENCE = Pattern.compile("\\s*\\(line \\d+\\)");

  /** The key of a finding, its message without line references. */
  public static FindingKey of(String file, String check, String message, String code) {
    return new FindingKey(file, check, LINE_REFERENCE.matcher(message).replaceAll(""), code);
  }
}
