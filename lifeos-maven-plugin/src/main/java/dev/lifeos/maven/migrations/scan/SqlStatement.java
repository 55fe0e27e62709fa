package dev.lifeos.maven.migrations.scan;

import java.util.List;

/** The tokens of one SQL statement (up to a top-level {@code ;}), without the {@code ;}. */
public final class SqlStatement {
  private final List<Token> tokens;

  /** For each {@code (}, the index of its {@code )}; computed on first use. */
  private int[] closing;

  /** Takes {@code tokens} as they are: the tokenizer hands over a list it no longer touches. */
  SqlStatement(List<Token> tokens) {
    this.tokens = java.util.Collections.unmodifiableList(tokens);
  }

  public List<Token> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }

  public Token get(int index) {
    return tokens.get(index);
  }

  /** True when the tokens from {@code index} on are the words {@code keywords}, in order. */
  public boolean hasWordsAt(int index, String... keywords) {
    if (index + keywords.length > tokens.size()) {
      return false;
    }
    for (int i = 0; i < keywords.length; i++) {
      if (!tokens.get(index + i).is(keywords[i])) {
        return false;
      }
    }
    return true;
  }

  public boolean startsWith(String... keywords) {
    return hasWordsAt(0, keywords);
  }

  /** The index of the first {@code keyword} at parenthesis depth 0 in [from, to), or -1. */
  public int indexOfTopLevel(String keyword, int from, int to) {
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.isSymbol('(')) {
        i = closing(i); // jumped whole: nested groups cost nothing, however deep
      } else if (token.is(keyword)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first {@code keyword} at any depth, or -1. */
  public int indexOf(String keyword) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).is(keyword)) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code keyword} is at parenthesis depth 0 in [from, to). */
  public boolean hasTopLevel(String keyword, int from, int to) {
    return indexOfTopLevel(keyword, from, to) >= 0;
  }

  /**
   * The index of the {@code )} that closes the {@code (} at {@code open}, or {@code size()} when it
   * is never closed.
   */
  public int closing(int open) {
    if (closing == null) {
      closing = new int[tokens.size()];
      java.util.Arrays.fill(closing, tokens.size());
      java.util.ArrayDeque<Integer> opened = new java.util.ArrayDeque<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).isSymbol('(')) {
          opened.push(i);
        } else if (tokens.get(i).isSymbol(')') && !opened.isEmpty()) {
          closing[opened.pop()] = i;
        }
      }
    }
    return closing[open];
  }

  /** The ranges [from, to) of the parts of [from, to) between top-level commas. */
  public List<int[]> splitTopLevel(int from, int to) {
    List<int[]> parts = new java.util.ArrayList<>();
    int start = from;
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.isSymbol('(')) {
        i = closing(i);
      } else if (token.isSymbol(',')) {
        parts.add(new int[] {start, i});
        start = i + 1;
      }
    }
    parts.add(new int[] {start, to});
    return parts;
  }

  /** The text of tokens [from, to) with one space where the source had any gap: for messages. */
  public String text(int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      Token token = tokens.get(i);
      if (i > from && tokens.get(i - 1).end() < token.start()) {
        text.append(' ');
      }
      text.append(token.text());
    }
    return text.toString();
  }
}
