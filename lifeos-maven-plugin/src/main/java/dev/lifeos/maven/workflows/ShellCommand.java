package dev.lifeos.maven.workflows;

import java.util.List;
import java.util.Optional;

/** One simple command of a {@code run:} script: its words (quotes removed) and its line. */
public record ShellCommand(List<String> words, int line) {
  /** The words after any leading {@code NAME=value} environment assignments. */
  public List<String> commandWords() {
    int first = 0;
    while (first < words.size() && words.get(first).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
      first++;
    }
    return words.subList(first, words.size());
  }

  /** The program it runs, as written: {@code ./mvnw}, {@code pytest}, ... */
  public Optional<String> program() {
    List<String> command = commandWords();
    return command.isEmpty() ? Optional.empty() : Optional.of(command.get(0));
  }

  /** The command as one line, for messages. */
  public String text() {
    return String.join(" ", words);
  }
}
