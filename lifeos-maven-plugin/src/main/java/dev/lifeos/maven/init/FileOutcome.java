package dev.lifeos.maven.init;

/** What lifeos:init did with one file, and why. */
public record FileOutcome(String path, Status status, String note) {
  /** What happened to a file. */
  public enum Status {
    /** It did not exist: written. */
    CREATED,
    /** It exists with the content lifeos:init would write (or the line it needs): not touched. */
    UNCHANGED,
    /** It exists with other content: not touched, because -Dlifeos.init.force is not set. */
    KEPT,
    /** It existed with other content and force was set: rewritten. */
    REWRITTEN,
    /** A shared file (CODEOWNERS) lacked the line and force was set: the line was appended. */
    APPENDED;

    public boolean changedFile() {
      return this == CREATED || this == REWRITTEN || this == APPENDED;
    }
  }

  /** One aligned log line: "created .github/workflows/lifeos-pr.yml". */
  @Override
  public String toString() {
    String status = status().name().toLowerCase(java.util.Locale.ROOT);
    return String.format("%-10s %s%s", status, path, note.isEmpty() ? "" : " (" + note + ")");
  }
}
