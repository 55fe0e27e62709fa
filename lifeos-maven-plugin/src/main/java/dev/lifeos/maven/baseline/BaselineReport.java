package dev.lifeos.maven.baseline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What recording the baseline again changed, gate by gate: entries added and entries dropped. */
public final class BaselineReport {
  private BaselineReport() {}

  /**
   * "compiler: 7 entries (2 added, 3 fixed and dropped)", for each gate with entries or changes.
   */
  public static List<String> changes(Baseline before, Baseline after) {
    List<String> lines = new ArrayList<>();
    line(lines, "formatting", before.formatting(), after.formatting(), e -> e.file() + e.sha256());
    line(lines, "compiler", counted(before.compiler()), counted(after.compiler()), k -> k);
    line(lines, "spotbugs", before.spotbugs(), after.spotbugs(), Baseline.BugEntry::instanceHash);
    line(
        lines,
        "migrations",
        before.migrations(),
        after.migrations(),
        e -> e.migration() + "=" + e.checksum());
    return lines;
  }

  /** One key per finding: an entry counted n times stands for n findings. */
  private static List<String> counted(List<Baseline.CompilerEntry> entries) {
    List<String> keys = new ArrayList<>();
    for (Baseline.CompilerEntry entry : entries) {
      for (int i = 0; i < entry.count(); i++) {
        keys.add(entry.key() + "#" + i);
      }
    }
    return keys;
  }

  private static <T> void line(
      List<String> lines, String gate, List<T> before, List<T> after, Function<T, String> key) {
    Map<String, Integer> old = new HashMap<>();
    before.forEach(e -> old.merge(key.apply(e), 1, Integer::sum));
    int added = 0;
    for (T entry : after) {
      if (old.merge(key.apply(entry), -1, Integer::sum) < 0) {
        added++;
      }
    }
    int dropped = old.values().stream().filter(v -> v > 0).mapToInt(Integer::intValue).sum();
    if (after.isEmpty() && added == 0 && dropped == 0) {
      return;
    }
    lines.add(
        "Baseline "
            + gate
            + ": "
            + after.size()
            + (after.size() == 1 ? " entry" : " entries")
            + " ("
            + added
            + " added, "
            + dropped
            + " gone since the last recording).");
  }
}
