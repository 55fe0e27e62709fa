package dev.lifeos.maven.migrations;

import java.nio.file.Path;

/**
 * Something a reviewer should know that does not fail the check: a migration that applies out of
 * order ({@code outOfOrder=true}), an approval for a migration that does not exist.
 *
 * @param file the file it is about
 * @param line 1-based line, or 0 when the whole file is meant
 * @param message what to know, and what to do if anything
 */
public record Note(Path file, int line, String message) {}
