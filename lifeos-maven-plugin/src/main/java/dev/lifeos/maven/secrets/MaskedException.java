package dev.lifeos.maven.secrets;

import java.util.function.UnaryOperator;

/**
 * A copy of an exception chain with every message masked and the original stack traces kept, so
 * {@code mvn -e} still shows where it failed without showing a password.
 */
public final class MaskedException extends Exception {
  private static final long serialVersionUID = 1L;

  private MaskedException(String message, StackTraceElement[] stackTrace) {
    super(message);
    setStackTrace(stackTrace);
  }

  public static Exception of(Throwable error, SecretMasker masker) {
    return of(error, text -> masker.mask(text));
  }

  /** The copy, with {@code mask} applied to every message of the chain. */
  public static Exception of(Throwable error, UnaryOperator<String> mask) {
    MaskedException copy =
        new MaskedException(
            error.getClass().getName() + ": " + mask.apply(String.valueOf(error.getMessage())),
            error.getStackTrace());
    if (error.getCause() != null && error.getCause() != error) {
      copy.initCause(of(error.getCause(), mask));
    }
    return copy;
  }

  /** One line per exception in the chain: type and masked message. */
  public static String describe(Throwable error, SecretMasker masker) {
    StringBuilder text = new StringBuilder();
    for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
      if (text.length() > 0) {
        text.append(" <- caused by ");
      }
      text.append(e.getClass().getSimpleName())
          .append(": ")
          .append(masker.mask(String.valueOf(e.getMessage())));
    }
    return text.toString();
  }
}
