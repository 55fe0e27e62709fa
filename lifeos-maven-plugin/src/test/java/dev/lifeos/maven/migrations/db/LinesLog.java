package dev.lifeos.maven.migrations.db;

import java.util.ArrayList;
import java.util.List;

/** A {@link MigrationLog} that keeps its info and warning lines (warnings prefixed), for tests. */
final class LinesLog implements MigrationLog {
  private final List<String> lines = new ArrayList<>();

  List<String> lines() {
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
