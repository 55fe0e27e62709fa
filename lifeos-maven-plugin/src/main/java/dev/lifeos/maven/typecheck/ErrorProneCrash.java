package dev.lifeos.maven.typecheck;

/**
 * An Error Prone check that threw instead of reporting ("An unhandled exception was thrown by the
 * Error Prone static analysis plugin"). javac stops on it, so nothing of the module is compiled.
 *
 * @param check the crashing check ({@code StringConcatToTextBlock})
 * @param file where it crashed, relative to the module
 * @param line 1-based, 0 when unknown
 * @param version the Error Prone version javac ran
 * @param exception the exception's first line ({@code java.util.NoSuchElementException})
 */
public record ErrorProneCrash(
    String check, String file, int line, String version, String exception) {
  /** "StringConcatToTextBlock (Error Prone 2.42.0) crashed on src/A.java:10 with ...". */
  public String describe() {
    return check
        + " (Error Prone "
        + version
        + ") crashed on "
        + file
        + (line > 0 ? ":" + line : "")
        + (exception.isEmpty() ? "" : " with " + exception);
  }
}
