package dev.lifeos.maven.timing;

/**
 * A finished execution with its stage and times, in milliseconds since timing started.
 *
 * @param succeeded false when the execution failed the build
 */
public record TimedExecution(
    Execution execution, String stage, long startMillis, long millis, boolean succeeded) {}
