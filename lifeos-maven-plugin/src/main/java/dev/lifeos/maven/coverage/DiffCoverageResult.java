package dev.lifeos.maven.coverage;

import java.util.List;
import java.util.Locale;

/**
 * The diff coverage of one module: each changed file that holds changed code lines, and the total
 * against the minimum.
 *
 * @param comparedWith what the work tree was compared with: {@code origin/main (fork point
 *     1a2b3c4)}
 * @param minimum the line ratio the changed lines must reach, 0..1
 * @param files changed files with at least one changed code line, in path order
 */
public record DiffCoverageResult(String comparedWith, double minimum, List<FileCoverage> files) {
  public DiffCoverageResult {
    files = List.copyOf(files);
  }

  public int changedLines() {
    return files.stream().mapToInt(FileCoverage::changedLines).sum();
  }

  public int coveredLines() {
    return files.stream().mapToInt(FileCoverage::coveredLines).sum();
  }

  /** Covered share of the changed code lines; 1 when no code line changed. */
  public double ratio() {
    return changedLines() == 0 ? 1.0 : (double) coveredLines() / changedLines();
  }

  public boolean passed() {
    return ratio() >= minimum;
  }

  public List<FileCoverage> filesWithUncoveredLines() {
    return files.stream().filter(f -> !f.uncovered().isEmpty()).toList();
  }

  /** "66.7%": ratios as the report prints them. */
  public static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }
}
