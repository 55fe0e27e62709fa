package dev.lifeos.maven.coverage;

import java.util.BitSet;

/**
 * The lines of one source file as JaCoCo saw them: which hold code (coverable) and which of those
 * ran. A line counts as covered when at least one of its instructions ran, as JaCoCo's LINE counter
 * does.
 */
public final class SourceLines {
  private final BitSet coverable = new BitSet();
  private final BitSet covered = new BitSet();

  void add(int line, int missedInstructions, int coveredInstructions) {
    if (missedInstructions + coveredInstructions > 0) {
      coverable.set(line);
    }
    if (coveredInstructions > 0) {
      covered.set(line);
    }
  }

  public boolean isCoverable(int line) {
    return coverable.get(line);
  }

  public boolean isCovered(int line) {
    return covered.get(line);
  }

  /** The last line that holds code (1 when none does). */
  public int lastLine() {
    return Math.max(1, coverable.length() - 1);
  }

  /** True when some coverable line lies strictly between {@code from} and {@code to}. */
  boolean hasCoverableBetween(int from, int to) {
    int next = coverable.nextSetBit(from + 1);
    return next >= 0 && next < to;
  }
}
