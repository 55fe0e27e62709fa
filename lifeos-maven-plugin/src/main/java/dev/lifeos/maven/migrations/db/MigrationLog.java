package dev.lifeos.maven.migrations.db;

/**
 * Where the migration classes (and Flyway, through {@link FlywayLogBridge}) write progress. The
 * Maven goals pass their secret-masking log, so nothing Flyway prints bypasses the masking.
 */
public interface MigrationLog {
  void info(String line);

  void warn(String line);

  void debug(String line);

  /** Drops everything: for tests and benchmarks. */
  MigrationLog SILENT =
      new MigrationLog() {
        @Override
        public void info(String line) {}

        @Override
        public void warn(String line) {}

        @Override
        public void debug(String line) {}
      };
}
