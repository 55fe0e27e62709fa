package dev.lifeos.maven.migrations.preflight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The spec's release pre-flight (5.2): does staging's migration history match production's? A
 * release's migrations were tested on staging, so production must hold nothing staging lacks:
 *
 * <ul>
 *   <li>a migration production ran and staging never did (staging was rebuilt, or a migration ran
 *       on production only) fails;
 *   <li>a migration both ran with different checksums (the file changed between the runs) fails;
 *   <li>a failed run recorded in either history fails (it must be repaired first);
 *   <li>migrations staging ran and production has not are what the release will apply: listed.
 * </ul>
 *
 * A repeatable migration fails only when production's last run of it is one staging never had.
 */
public final class HistoryComparison {
  /** The comparison: problems fail the pre-flight; pending migrations are what the release adds. */
  public record Result(List<String> problems, List<AppliedMigration> pendingForProduction) {
    public boolean passed() {
      return problems.isEmpty();
    }
  }

  private HistoryComparison() {}

  public static Result compare(List<AppliedMigration> staging, List<AppliedMigration> production) {
    List<String> problems = new ArrayList<>();
    failedRuns("staging", staging, problems);
    failedRuns("production", production, problems);
    Map<String, List<AppliedMigration>> onStaging = byKey(staging);
    Map<String, List<AppliedMigration>> onProduction = byKey(production);
    for (Map.Entry<String, List<AppliedMigration>> entry : onProduction.entrySet()) {
      List<AppliedMigration> runs = onStaging.getOrDefault(entry.getKey(), List.of());
      AppliedMigration last = entry.getValue().get(entry.getValue().size() - 1);
      if (runs.isEmpty()) {
        problems.add(
            last.name()
                + " ran on production but never on staging: staging must hold everything"
                + " production does before a release is tested there. Bring staging up to"
                + " production (restore it from production, or apply "
                + last.script()
                + " to it) and run the release's pipeline again.");
      } else if (last.version().isPresent()) {
        AppliedMigration stagingRun = runs.get(runs.size() - 1);
        if (!Objects.equals(stagingRun.checksum(), last.checksum())) {
          problems.add(
              last.name()
                  + " has checksum "
                  + checksum(last.checksum())
                  + " on production but "
                  + checksum(stagingRun.checksum())
                  + " on staging: "
                  + last.script()
                  + " was changed after it ran on one of them. Released migrations must never"
                  + " change: restore the file production ran, and put the change in a new"
                  + " migration.");
        }
      } else if (runs.stream().noneMatch(run -> run.checksum().equals(last.checksum()))) {
        problems.add(
            last.name()
                + " last ran on production with checksum "
                + checksum(last.checksum())
                + ", a version staging never ran: test that version on staging first.");
      }
    }
    List<AppliedMigration> pending = new ArrayList<>();
    for (Map.Entry<String, List<AppliedMigration>> entry : onStaging.entrySet()) {
      AppliedMigration last = entry.getValue().get(entry.getValue().size() - 1);
      List<AppliedMigration> runs = onProduction.getOrDefault(entry.getKey(), List.of());
      boolean newer =
          last.version().isEmpty()
              && runs.stream().noneMatch(run -> run.checksum().equals(last.checksum()));
      if (runs.isEmpty() || newer) {
        pending.add(last);
      }
    }
    return new Result(List.copyOf(problems), List.copyOf(pending));
  }

  private static void failedRuns(
      String environment, List<AppliedMigration> history, List<String> problems) {
    history.stream()
        .filter(AppliedMigration::failed)
        .forEach(
            run ->
                problems.add(
                    run.name()
                        + " is recorded as failed on "
                        + environment
                        + ": the DB team repairs it (and the schema) before any release"
                        + " migrates; see docs/goals/run-migrations.md, \"When a migration"
                        + " fails\"."));
  }

  /** Successful runs by version (or repeatable description), in history order. */
  private static Map<String, List<AppliedMigration>> byKey(List<AppliedMigration> history) {
    Map<String, List<AppliedMigration>> runs = new LinkedHashMap<>();
    for (AppliedMigration run : history) {
      if (!run.failed()) {
        runs.computeIfAbsent(run.key(), key -> new ArrayList<>()).add(run);
      }
    }
    return runs;
  }

  private static String checksum(Optional<Integer> checksum) {
    return checksum.map(String::valueOf).orElse("(none)");
  }
}
