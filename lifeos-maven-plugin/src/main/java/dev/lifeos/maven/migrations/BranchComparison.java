package dev.lifeos.maven.migrations;

import dev.lifeos.maven.rules.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;

/**
 * This branch's migrations against the base branch's: the checks that need history.
 *
 * <ul>
 *   <li>"Released" migrations are those at the fork point that the base tip still has. One gone
 *       here was deleted on this branch; one whose checksum or description differs was changed.
 *       (Comparing with the fork point, not the tip, means a base that moved on is not blamed on
 *       this branch.)
 *   <li>A versioned migration that neither the fork point nor the base tip has (as the same file)
 *       is new, and must be above the highest version on the base tip: that is where every database
 *       deployed from the base already is. With Flyway's {@code outOfOrder=true} one below it is
 *       not refused but applied out of order: that is a note, not a problem (one with a version the
 *       base already has is still a conflict).
 * </ul>
 */
public final class BranchComparison {
  private final List<Finding> problems = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private final List<Migration> newOnBranch = new ArrayList<>();

  private BranchComparison() {}

  /**
   * @param workTree this branch (the work tree, uncommitted files included)
   * @param baseTip the base ref's commit
   * @param forkPoint the merge base of the base ref and HEAD
   * @param baseRef the base ref's name, for messages ({@code origin/main})
   * @param gitPath how a file is named to git, for the restore command in a fix
   * @param settings the project's naming (for new names) and outOfOrder
   */
  public static BranchComparison compare(
      MigrationCatalog workTree,
      MigrationCatalog baseTip,
      MigrationCatalog forkPoint,
      String baseRef,
      java.util.function.Function<Path, String> gitPath,
      MigrationSettings settings) {
    String prefix = settings.versionedPrefix();
    BranchComparison result = new BranchComparison();
    for (Migration released : forkPoint.migrations()) {
      if (released.type() == Migration.Type.REPEATABLE || baseTip.find(released).isEmpty()) {
        continue; // repeatables are meant to change; one the base dropped is not released
      }
      Optional<Migration> here = workTree.find(released);
      String restore = "git checkout " + baseRef + " -- " + gitPath.apply(released.file());
      if (here.isEmpty()) {
        result.problems.add(
            Finding.of(
                Check.RELEASED_DELETED,
                released.file(),
                released.fileName()
                    + " is on "
                    + baseRef
                    + " but was deleted on this branch: databases that ran "
                    + released.key()
                    + " would report it as applied but missing.",
                "restore it (" + restore + "); undo its effect in a new migration instead"));
      } else if (!sameMigration(here.get(), released)) {
        Migration changed = here.get();
        String how =
            changed.description().equals(released.description())
                ? "changed since "
                    + baseRef
                    + " (Flyway checksum "
                    + released.checksum()
                    + " there, "
                    + changed.checksum()
                    + " here)"
                : "was renamed from " + released.fileName() + " on " + baseRef;
        result.problems.add(
            Finding.of(
                Check.RELEASED_CHANGED,
                changed.file(),
                changed.fileName()
                    + " "
                    + how
                    + ": every database that already ran "
                    + released.key()
                    + " fails flyway validate.",
                "restore it ("
                    + restore
                    + ") and make the change in a new migration above "
                    + highest(baseTip, workTree).map(v -> prefix + v.getVersion()).orElse("it")));
      }
    }

    MigrationVersion ceiling = highest(baseTip, workTree).orElse(null);
    Optional<MigrationVersion> baseHighest = baseTip.highestVersion();
    for (Migration migration : workTree.migrations()) {
      if (isReleased(migration, forkPoint) || isReleased(migration, baseTip)) {
        continue;
      }
      result.newOnBranch.add(migration);
      if (!migration.isVersioned()
          || baseHighest.isEmpty()
          || forkPoint.find(migration).isPresent()) {
        // not versioned, nothing to be above, or a released migration changed (reported above)
        continue;
      }
      Optional<Migration> sameVersion = baseTip.find(migration);
      if (sameVersion.isEmpty() && migration.version().compareTo(baseHighest.get()) > 0) {
        continue;
      }
      Migration top = highestMigration(baseTip);
      if (sameVersion.isEmpty() && settings.outOfOrder()) {
        result.notes.add(outOfOrder(migration, top, baseRef));
        continue;
      }
      String renumber = prefix + MigrationCatalog.next(ceiling);
      ceiling = MigrationVersion.fromVersion(MigrationCatalog.next(ceiling));
      result.problems.add(
          Finding.of(
              Check.BRANCH_CONFLICT,
              migration.file(),
              sameVersion
                  .map(
                      taken ->
                          migration.fileName()
                              + " has version "
                              + migration.version()
                              + ", which "
                              + baseRef
                              + " already has: "
                              + taken.fileName()
                              + ".")
                  .orElse(
                      migration.fileName()
                          + " is not above "
                          + prefix
                          + top.version()
                          + ", the highest version on "
                          + baseRef
                          + " ("
                          + top.fileName()
                          + "): databases already at "
                          + prefix
                          + top.version()
                          + " would refuse it."),
              "renumber it to "
                  + renumber
                  + " (rename the file to "
                  + renumber
                  + rename(migration, settings.separator())
                  + ")"));
    }
    return result;
  }

  /** What outOfOrder=true does with a migration below the base's highest version. */
  private static Note outOfOrder(Migration migration, Migration top, String baseRef) {
    return new Note(
        migration.file(),
        0,
        migration.fileName()
            + " is below "
            + top.fileName()
            + ", the highest version on "
            + baseRef
            + ". With outOfOrder=true Flyway applies it out of order: databases already at "
            + Migration.canonical(top.version())
            + " run it after "
            + top.fileName()
            + ", a new database runs it in version order. Make sure it does not depend on the"
            + " migrations above it, nor they on it.");
  }

  private static String rename(Migration migration, String separator) {
    String name = migration.fileName();
    int at = name.indexOf(separator);
    return at < 0 ? "" : name.substring(at);
  }

  private static boolean isReleased(Migration migration, MigrationCatalog catalog) {
    return catalog.find(migration).filter(other -> sameMigration(other, migration)).isPresent();
  }

  private static boolean sameMigration(Migration a, Migration b) {
    return a.checksum() == b.checksum() && a.description().equals(b.description());
  }

  private static Optional<MigrationVersion> highest(MigrationCatalog... catalogs) {
    return java.util.Arrays.stream(catalogs)
        .map(MigrationCatalog::highestVersion)
        .flatMap(Optional::stream)
        .max(Comparator.naturalOrder());
  }

  private static Migration highestMigration(MigrationCatalog catalog) {
    return catalog.versioned().get(catalog.versioned().size() - 1);
  }

  public List<Finding> problems() {
    return problems;
  }

  /** What a reviewer should know that is not a problem (a migration applied out of order). */
  public List<Note> notes() {
    return notes;
  }

  /** Migrations this branch adds or changes: the ones the danger scan reads. */
  public List<Migration> newOnBranch() {
    return newOnBranch;
  }
}
