package it.lifeos;

/** The exception is created but never thrown: Error Prone's DeadException, an error by default. */
public final class Validator {
  public static void requirePositive(int value) {
    if (value <= 0) {
      new IllegalArgumentException("must be positive: " + value);
    }
  }
}
