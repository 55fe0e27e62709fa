package it.lifeos;

/** No test touches this class, so line coverage of the bundle falls below 80%. */
public final class Untested {
  public static int sum(int[] values) {
    int total = 0;
    for (int value : values) {
      total += value;
    }
    return total;
  }

  public static int max(int[] values) {
    int best = Integer.MIN_VALUE;
    for (int value : values) {
      best = Math.max(best, value);
    }
    return best;
  }
}
