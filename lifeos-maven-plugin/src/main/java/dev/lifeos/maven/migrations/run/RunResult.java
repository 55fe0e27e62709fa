package dev.lifeos.maven.migrations.run;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What run-migrations did to a database: the state before and after, and each migration applied.
 *
 * @param environment the environment it belongs to
 * @param database the database, without credentials
 * @param outcome what happened
 * @param versionBefore the version before the run, empty for a database without schema history
 * @param pending the migrations pending before the run
 * @param applied the migrations this run applied, with their times
 * @param versionAfter the version after the run
 * @param latest the highest version among the project's migrations
 * @param took wall time of the migrate
 * @param failure the failure message (names migration, statement and the database's state)
 */
public record RunResult(
    TargetEnvironment environment,
    String database,
    Outcome outcome,
    Optional<String> versionBefore,
    List<Step> pending,
    List<Step> applied,
    Optional<String> versionAfter,
    Optional<String> latest,
    Duration took,
    Optional<String> failure) {

  public enum Outcome {
    /** Pending migrations were applied (by this run or, waiting on Flyway's lock, by another). */
    APPLIED,
    /** Nothing was pending: a rerun. */
    UP_TO_DATE,
    FAILED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One migration.
   *
   * @param key {@code V3}, {@code R__refresh_views}
   * @param description Flyway's description
   * @param script its file name (a Java migration's class)
   * @param millis time to apply it; 0 when not applied
   */
  public record Step(String key, String description, String script, long millis) {
    /** {@code V3 add category}. */
    public String label() {
      return key + " " + description;
    }
  }

  public RunResult {
    pending = List.copyOf(pending);
    applied = List.copyOf(applied);
  }

  public boolean passed() {
    return outcome != Outcome.FAILED;
  }
}
