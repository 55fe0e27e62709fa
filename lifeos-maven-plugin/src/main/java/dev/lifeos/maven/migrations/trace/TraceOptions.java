package dev.lifeos.maven.migrations.trace;

/**
 * Whether check-migrations traces the locks of its PostgreSQL apply, and how.
 *
 * @param enabled trace (never on H2, which has other locks)
 * @param rows rows to seed into each table a migration creates ({@code
 *     lifeos.migrations.trace.rows})
 */
public record TraceOptions(boolean enabled, int rows) {
  public static final String SKIP = "lifeos.migrations.trace.skip";
  public static final String ROWS = "lifeos.migrations.trace.rows";

  /** The default: on, no seeding. */
  public static final TraceOptions ON = new TraceOptions(true, 0);

  public static final TraceOptions OFF = new TraceOptions(false, 0);

  public TraceOptions {
    if (rows < 0) {
      throw new IllegalArgumentException(ROWS + " cannot be negative");
    }
  }
}
