package dev.lifeos.maven.migrations;

import java.nio.file.Path;

/**
 * A file (or folder) in a migration location that the project excludes: never read, checked or
 * applied, and listed in the reports with the reason.
 *
 * @param file where it is
 * @param by the exclusion that matched it
 */
public record Excluded(Path file, Exclusion by) {}
