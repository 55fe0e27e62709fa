package dev.lifeos.maven.baseline;

import dev.lifeos.maven.baseline.Baseline.CompilerEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Error Prone and NullAway findings against the baseline: which are new, which are baselined, and
 * which baseline entries no longer occur (fixed, so removable). A finding is matched by its {@link
 * FindingKey}; when a key occurs more often than the baseline counts, the extra occurrences (the
 * last ones in the file) are new.
 */
public final class CompilerBaseline {
  private CompilerBaseline() {}

  /**
   * @param fresh findings not in the baseline: each fails the build
   * @param baselined findings the baseline accepted
   * @param removable entries (with the count no longer found) whose findings are gone
   */
  public record Outcome<T>(List<T> fresh, List<T> baselined, List<CompilerEntry> removable) {}

  /** Today's findings as baseline entries: one per key, with its count. */
  public static <T> List<CompilerEntry> record(List<T> findings, Function<T, FindingKey> key) {
    Map<FindingKey, Integer> counts = new LinkedHashMap<>();
    findings.forEach(f -> counts.merge(key.apply(f), 1, Integer::sum));
    List<CompilerEntry> entries = new ArrayList<>();
    counts.forEach(
        (k, count) ->
            entries.add(new CompilerEntry(k.file(), k.check(), k.message(), k.code(), count)));
    return entries;
  }

  /**
   * @param entries the baseline's entries for the files that were compiled
   * @param findings today's findings of the baselined checks, in the order javac reported them
   */
  public static <T> Outcome<T> compare(
      List<CompilerEntry> entries, List<T> findings, Function<T, FindingKey> key) {
    Map<FindingKey, Integer> allowed = new LinkedHashMap<>();
    entries.forEach(e -> allowed.merge(e.key(), e.count(), Integer::sum));
    Map<FindingKey, Integer> seen = new LinkedHashMap<>();
    List<T> fresh = new ArrayList<>();
    List<T> baselined = new ArrayList<>();
    for (T finding : findings) {
      FindingKey k = key.apply(finding);
      int occurrence = seen.merge(k, 1, Integer::sum);
      if (occurrence <= allowed.getOrDefault(k, 0)) {
        baselined.add(finding);
      } else {
        fresh.add(finding);
      }
    }
    List<CompilerEntry> removable = new ArrayList<>();
    allowed.forEach(
        (k, count) -> {
          int gone = count - seen.getOrDefault(k, 0);
          if (gone > 0) {
            removable.add(new CompilerEntry(k.file(), k.check(), k.message(), k.code(), gone));
          }
        });
    return new Outcome<>(fresh, baselined, removable);
  }
}
