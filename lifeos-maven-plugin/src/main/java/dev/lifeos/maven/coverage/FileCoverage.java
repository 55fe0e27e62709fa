package dev.lifeos.maven.coverage;

import dev.lifeos.maven.git.LineRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage of the changed lines of one file.
 *
 * @param path the file, relative to the git work tree
 * @param changedLines changed lines that hold code (blank lines, comments and braces do not count)
 * @param coveredLines how many of those ran in a test
 * @param uncovered the changed code lines no test ran, as ranges; a range spans lines without code
 *     in between, so {@code 12-15} may include a blank line
 */
public record FileCoverage(
    String path, int changedLines, int coveredLines, List<LineRange> uncovered) {
  public FileCoverage {
    uncovered = List.copyOf(uncovered);
  }

  /** Measures the {@code changed} lines of {@code path} against JaCoCo's data for the file. */
  public static FileCoverage of(String path, List<LineRange> changed, SourceLines lines) {
    int coverable = 0;
    int covered = 0;
    List<LineRange> uncovered = new ArrayList<>();
    int openFirst = -1;
    int openLast = -1;
    for (LineRange range : changed) {
      for (int line = range.first(); line <= range.last(); line++) {
        if (!lines.isCoverable(line)) {
          continue;
        }
        coverable++;
        if (lines.isCovered(line)) {
          covered++;
          continue;
        }
        if (openFirst > 0 && !lines.hasCoverableBetween(openLast, line)) {
          openLast = line;
        } else {
          if (openFirst > 0) {
            uncovered.add(new LineRange(openFirst, openLast));
          }
          openFirst = line;
          openLast = line;
        }
      }
    }
    if (openFirst > 0) {
      uncovered.add(new LineRange(openFirst, openLast));
    }
    return new FileCoverage(path, coverable, covered, uncovered);
  }

  /** "12-15, 20": the uncovered ranges as a reader types them into an editor. */
  public String uncoveredText() {
    return String.join(", ", uncovered.stream().map(LineRange::toString).toList());
  }
}
