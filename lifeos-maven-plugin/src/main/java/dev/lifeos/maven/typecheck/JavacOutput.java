package dev.lifeos.maven.typecheck;

import dev.lifeos.maven.baseline.ModulePaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What javac printed, read back: its diagnostics (javac's standard format, which Error Prone and
 * NullAway use too) and any Error Prone crash. LifeOS points javac's output at a file ({@code
 * -Xstdout}) and reads it here, so the console gets a summary instead of every line.
 *
 * @param diagnostics in javac's order
 * @param crashes Error Prone checks that threw
 */
public record JavacOutput(List<Diagnostic> diagnostics, List<ErrorProneCrash> crashes) {
  private static final Pattern POSITIONED =
      Pattern.compile(
          "^(.+\\.java):(\\d{1,9}): (error|warning|note): (.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNPOSITIONED =
      Pattern.compile("^(error|warning|note): (.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern COUNT = Pattern.compile("^\\d+ (errors?|warnings?)$");
  private static final Pattern CHECK = Pattern.compile("^\\[([^\\]\\s]+)\\] (.*)$");
  private static final Pattern CARET = Pattern.compile("^\\s*\\^\\s*$");
  private static final String CRASH =
      "An unhandled exception was thrown by the Error Prone static analysis plugin";

  public JavacOutput {
    diagnostics = List.copyOf(diagnostics);
    crashes = List.copyOf(crashes);
  }

  /**
   * @param text javac's output
   * @param basedir the module: diagnostics name files relative to it
   */
  public static JavacOutput parse(String text, Path basedir) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<ErrorProneCrash> crashes = new ArrayList<>();
    List<String> lines = text.lines().toList();
    int i = 0;
    while (i < lines.size()) {
      Header header = Header.of(lines.get(i), basedir);
      i++;
      if (header == null) {
        continue;
      }
      List<String> body = new ArrayList<>();
      while (i < lines.size()
          && Header.of(lines.get(i), basedir) == null
          && !isCount(lines.get(i))) {
        body.add(lines.get(i));
        i++;
      }
      if (header.message.startsWith(CRASH)) {
        crashes.add(crash(header, body));
      } else {
        diagnostics.add(diagnostic(header, body));
      }
    }
    return new JavacOutput(diagnostics, crashes);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(d -> d.kind() == Diagnostic.Kind.ERROR).toList();
  }

  private static boolean isCount(String line) {
    return COUNT.matcher(line.trim()).matches();
  }

  private static Diagnostic diagnostic(Header header, List<String> body) {
    String check = "";
    String message = header.message;
    Matcher named = CHECK.matcher(message);
    if (named.matches()) {
      check = named.group(1);
      message = named.group(2);
    }
    String code = "";
    int column = 0;
    List<String> details = new ArrayList<>(body);
    for (int c = 1; c < body.size(); c++) {
      if (CARET.matcher(body.get(c)).matches()) {
        code = body.get(c - 1).trim();
        column = body.get(c).indexOf('^') + 1;
        details.remove(c);
        details.remove(c - 1);
        break;
      }
    }
    return new Diagnostic(
        header.kind, header.file, header.line, column, check, message.trim(), code, details);
  }

  private static ErrorProneCrash crash(Header header, List<String> body) {
    String check = "";
    String version = "";
    String exception = "";
    for (int b = 0; b < body.size(); b++) {
      String line = body.get(b).trim();
      if (line.startsWith("BugPattern:")) {
        check = line.substring("BugPattern:".length()).trim();
      } else if (line.startsWith("error-prone version:")) {
        version = line.substring("error-prone version:".length()).trim();
      } else if (line.equals("Stack Trace:") && b + 1 < body.size()) {
        exception = body.get(b + 1).trim();
      }
    }
    return new ErrorProneCrash(check, header.file, header.line, version, exception);
  }

  private record Header(Diagnostic.Kind kind, String file, int line, String message) {
    static Header of(String text, Path basedir) {
      Matcher positioned = POSITIONED.matcher(text);
      if (positioned.matches()) {
        return new Header(
            kind(positioned.group(3)),
            ModulePaths.relative(basedir, Path.of(positioned.group(1))),
            Integer.parseInt(positioned.group(2)),
            positioned.group(4));
      }
      Matcher unpositioned = UNPOSITIONED.matcher(text);
      if (unpositioned.matches()) {
        return new Header(kind(unpositioned.group(1)), "", 0, unpositioned.group(2));
      }
      return null;
    }

    private static Diagnostic.Kind kind(String word) {
      return Diagnostic.Kind.valueOf(word.toUpperCase(Locale.ROOT));
    }
  }
}
