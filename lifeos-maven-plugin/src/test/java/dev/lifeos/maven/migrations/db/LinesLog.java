package dev.lifeos.maven.migrations.db;

import java.util.ArrayList;
import java.util.List;

/** A {@link MigrationLog} that keeps its info and warning lines (warnings prefixed), for tests. */
public final class LinesLog implements MigrationLog {
  private final List<String> lines;

  public LinesLog() {
    this(new ArrayList<>());
  }

  /** Adds the lines to {@code lines}. */
  public LinesLog(List<String> lines) {
    this.lines = lines;
  }

  public List<String> lines() {
    return lines;
  }

  @Override
  public void info(String line) {
    lines.add(line);
  }

  @Override
  public void warn(String line) {
    lines.add("WARN " + line);
  }

  @Override
  public void debug(String line) {}
}
