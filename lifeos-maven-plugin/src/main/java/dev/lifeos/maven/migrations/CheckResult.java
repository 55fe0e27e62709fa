package dev.lifeos.maven.migrations;

import dev.lifeos.maven.rules.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything check-migrations found, for the log, the reports and the verdict.
 *
 * @param root the directory report paths are relative to (the git work tree, else the project)
 * @param locations the migration directories read
 * @param migrations this branch's migrations, in Flyway's order
 * @param scanned the migrations the danger scan read (new on this branch, or all without a base)
 * @param base the base compared with, when there was one
 * @param dialect the dialect the rules assumed
 * @param problems failed checks (naming, duplicates, branch, apply, unapproved findings)
 * @param findings dangerous operations with their approval state
 * @param apply the ephemeral apply, when it ran
 * @param requireApproval whether unapproved findings fail the build
 * @param approvalsFile where approvals are read from
 * @param notes what a reviewer should know that does not fail the check
 * @param excluded files the project excluded from its migration locations
 */
public record CheckResult(
    Path root,
    List<MigrationLocation> locations,
    List<Migration> migrations,
    List<Migration> scanned,
    Optional<Base> base,
    String dialect,
    List<Finding> problems,
    List<CheckedFinding> findings,
    Optional<Apply> apply,
    boolean requireApproval,
    Path approvalsFile,
    List<Note> notes,
    List<Excluded> excluded) {

  /**
   * @param ref as given ({@code origin/main})
   * @param commit the ref's commit
   * @param forkPoint where this branch left it
   */
  public record Base(String ref, String commit, String forkPoint) {}

  /**
   * @param database what it ran on
   * @param applied migrations applied, as the schema history records them
   * @param notApplied migrations left unapplied (after a failure: the failed one and those after)
   * @param took wall time
   * @param traces the lock trace of each migration applied (PostgreSQL with the trace on)
   */
  public record Apply(
      String database,
      int applied,
      int notApplied,
      Duration took,
      List<dev.lifeos.maven.migrations.trace.MigrationTrace> traces) {
    public Apply(String database, int applied, int notApplied, Duration took) {
      this(database, applied, notApplied, took, List.of());
    }

    /** {@code applied 2 to embedded PostgreSQL (...) in 812 ms, 3 not applied}. */
    public String describe() {
      return "applied "
          + applied
          + " to "
          + database
          + " in "
          + took.toMillis()
          + " ms"
          + (notApplied > 0 ? ", " + notApplied + " not applied" : "")
          + (traces.isEmpty() ? "" : ", lock trace on");
    }
  }

  public boolean passed() {
    return problems.isEmpty();
  }

  public List<CheckedFinding> unapproved() {
    return findings.stream().filter(CheckedFinding::unapproved).toList();
  }

  /** {@code file} relative to {@link #root}, '/'-separated. */
  public String relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return relative.toString().replace('\\', '/');
  }
}
