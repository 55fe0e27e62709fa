package com.acme.ledger.web;

import java.util.LinkedList;
import java.util.List;

/** Formats statement lines for the back office. */
public class StatementFormatter {
  private final List<String> lines = new LinkedList<>();

  public void add(String line) {
    lines.add(line);
  }

  public String format(int width) {
    StringBuffer out = new StringBuffer();
    for (String line : lines) {
      out.append(line.length() > width ? line.substring(0, width) : line).append('\n');
    }
    return out.toString();
  }

  public int padding(int a, int b, int c) {
    return a + b * c >> 1;
  }

  public String toString() {
    return "StatementFormatter" + lines;
  }

  public boolean isBlank(String text) {
    return text.trim().length() == 0;
  }
}
