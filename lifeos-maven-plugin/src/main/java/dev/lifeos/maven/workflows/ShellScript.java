package dev.lifeos.maven.workflows;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code run:} script into the commands a shell would run, so a rule can ask of each one
 * "is this Maven?". It knows what decides that and nothing more: quoting, line continuations,
 * comments, the separators {@code ; && || | &} and GitHub's {@code ${{ }}} expressions (kept whole,
 * spaces and all). Constructs that run a command out of sight of that question (command
 * substitution, backquotes, here-documents, subshells and groups) are reported as {@link Hidden}.
 */
public final class ShellScript {
  /** A construct that runs commands which are not words of a simple command. */
  public record Hidden(int line, String construct) {}

  private final List<ShellCommand> commands = new ArrayList<>();
  private final List<Hidden> hidden = new ArrayList<>();

  private final String text;
  private int pos;
  private int line;
  private final List<String> words = new ArrayList<>();
  private final StringBuilder word = new StringBuilder();
  private boolean inWord;
  private int commandLine;

  private ShellScript(String text, int firstLine) {
    this.text = text;
    this.line = firstLine;
  }

  /** Parses {@code script}, whose first character is on line {@code firstLine} of the file. */
  public static ShellScript parse(String script, int firstLine) {
    ShellScript parsed = new ShellScript(script, firstLine);
    parsed.scan();
    return parsed;
  }

  public List<ShellCommand> commands() {
    return List.copyOf(commands);
  }

  public List<Hidden> hidden() {
    return List.copyOf(hidden);
  }

  private void scan() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\\' && peek(1) == '\n') {
        pos += 2;
        line++;
      } else if (c == '\\') {
        append(peek(1));
        pos += 2;
      } else if (c == '\n') {
        endCommand();
        pos++;
        line++;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        endWord();
        pos++;
      } else if (c == '#' && !inWord) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '\'') {
        singleQuoted();
      } else if (c == '"') {
        doubleQuoted();
      } else if (c == '$' && peek(1) == '{' && peek(2) == '{') {
        expression();
      } else if (c == '$' && peek(1) == '(') {
        hide("command substitution $( )");
        append(c);
        pos++;
      } else if (c == '`') {
        hide("command substitution in backquotes");
        markWordStart();
        int end = text.indexOf('`', pos + 1);
        pos = end < 0 ? text.length() : end + 1;
      } else if (c == '<' && peek(1) == '<') {
        hide("here-document <<");
        pos += 2;
      } else if (c == '&' && (word.length() > 0 && word.charAt(word.length() - 1) == '>')) {
        append(c); // 2>&1 is a redirection, not a separator
        pos++;
      } else if (c == ';' || c == '&' || c == '|') {
        endCommand();
        pos += peek(1) == c ? 2 : 1;
      } else if ((c == '(' || c == ')' || c == '{' || c == '}') && !inWord) {
        hide("subshell or group " + c);
        endCommand();
        pos++;
      } else {
        append(c);
        pos++;
      }
    }
    endCommand();
  }

  private char peek(int ahead) {
    int at = pos + ahead;
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void append(char c) {
    if (!inWord && words.isEmpty()) {
      commandLine = line;
    }
    inWord = true;
    word.append(c);
  }

  private void singleQuoted() {
    markWordStart();
    pos++;
    while (pos < text.length() && text.charAt(pos) != '\'') {
      countNewline(text.charAt(pos));
      word.append(text.charAt(pos++));
    }
    pos++;
  }

  private void doubleQuoted() {
    markWordStart();
    pos++;
    while (pos < text.length() && text.charAt(pos) != '"') {
      char c = text.charAt(pos);
      if (c == '\\' && pos + 1 < text.length()) {
        word.append(text.charAt(pos + 1));
        pos += 2;
        continue;
      }
      if (c == '$' && peek(1) == '(') {
        hide("command substitution $( )");
      } else if (c == '`') {
        hide("command substitution in backquotes");
      }
      countNewline(c);
      word.append(c);
      pos++;
    }
    pos++;
  }

  private void expression() {
    markWordStart();
    int end = text.indexOf("}}", pos);
    int stop = end < 0 ? text.length() : end + 2;
    while (pos < stop) {
      countNewline(text.charAt(pos));
      word.append(text.charAt(pos++));
    }
  }

  private void markWordStart() {
    if (!inWord && words.isEmpty()) {
      commandLine = line;
    }
    inWord = true;
  }

  private void countNewline(char c) {
    if (c == '\n') {
      line++;
    }
  }

  private void hide(String construct) {
    hidden.add(new Hidden(line, construct));
  }

  private void endWord() {
    if (inWord) {
      words.add(word.toString());
      word.setLength(0);
      inWord = false;
    }
  }

  private void endCommand() {
    endWord();
    if (!words.isEmpty()) {
      commands.add(new ShellCommand(List.copyOf(words), commandLine));
      words.clear();
    }
  }
}
