package dev.lifeos.maven.support;

/**
 * A failure the user caused and can fix: a gate that found a problem, or input that cannot be used.
 *
 * <p>The message is the documentation. It names the file (and line, where there is one) and says
 * what to change. Mojos turn it into a {@code MojoFailureException} with no stack trace.
 */
public class GateFailure extends Exception {
  private static final long serialVersionUID = 1L;

  public GateFailure(String message) {
    super(message);
  }
}
