package dev.lifeos.maven.workflows;

/** A workflow file that is not valid YAML; carries the line the parser stopped at. */
public final class WorkflowSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int line;

  WorkflowSyntaxException(int line, String problem) {
    super(problem);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
