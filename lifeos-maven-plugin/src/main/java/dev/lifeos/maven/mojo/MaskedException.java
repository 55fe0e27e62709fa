package dev.lifeos.maven.mojo;

import dev.lifeos.maven.secrets.SecretMasker;

/**
 * A copy of an unexpected exception chain with every message masked and the original stack traces
 * kept, so {@code mvn -e} still shows where it failed without showing a password.
 */
final class MaskedException extends Exception {
  private static final long serialVersionUID = 1L;

  private MaskedException(String message, StackTraceElement[] stackTrace) {
    super(message);
    setStackTrace(stackTrace);
  }

  static Exception of(Throwable error, SecretMasker masker) {
    MaskedException copy =
        new MaskedException(
            error.getClass().getName() + ": " + masker.mask(String.valueOf(error.getMessage())),
            error.getStackTrace());
    if (error.getCause() != null && error.getCause() != error) {
      copy.initCause(of(error.getCause(), masker));
    }
    return copy;
  }

  /** One line per exception in the chain: type and masked message. */
  static String describe(Throwable error, SecretMasker masker) {
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
