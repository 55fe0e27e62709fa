package dev.lifeos.maven.migrations;

import java.nio.file.Path;

/**
 * A failed check: what is wrong, where, and what to do about it.
 *
 * @param check which check failed
 * @param file the migration file (for a deleted one: where it was)
 * @param line 1-based line, or 0 when the whole file is meant
 * @param message what is wrong, naming the migration
 * @param fix what to change, as an instruction
 */
public record Problem(Check check, Path file, int line, String message, String fix) {
  public static Problem of(Check check, Path file, String message, String fix) {
    return new Problem(check, file, 0, message, fix);
  }
}
