package dev.lifeos.maven.git;

/**
 * A path (relative to the work tree, '/'-separated) that differs between a base commit and the work
 * tree.
 */
public record ChangedFile(String path, Kind kind) {
  public enum Kind {
    ADDED,
    MODIFIED,
    DELETED
  }
}
