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
      String file = gitPath.apply(released.file());
      if (here.isEmpty()) {
        result.problems.add(
            Finding.of(
                Check.RELEASED_DELETED,
                released.file(),
                BranchText.releasedDeleted(released, baseRef),
                BranchText.releasedDeletedFix(baseRef, file)));
      } else if (!sameMigration(here.get(), released)) {
        Migration changed = here.get();
        result.problems.add(
            Finding.of(
                Check.RELEASED_CHANGED,
                changed.file(),
                BranchText.releasedChanged(changed, released, baseRef),
                BranchText.releasedChangedFix(
                    baseRef,
                    file,
                    highest(baseTip, workTree).map(v -> prefix + v.getVersion()).orElse("it"))));
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
        result.notes.add(
            new Note(migration.file(), 0, BranchText.outOfOrder(migration, top, baseRef)));
        continue;
      }
      String renumber = prefix + MigrationCatalog.next(ceiling);
      ceiling = MigrationVersion.fromVersion(MigrationCatalog.next(ceiling));
      result.problems.add(
          Finding.of(
              Check.BRANCH_CONFLICT,
              migration.file(),
              sameVersion
                  .map(taken -> BranchText.sameVersion(migration, taken, baseRef))
                  .orElse(BranchText.notAbove(migration, top, baseRef, prefix)),
              BranchText.renumber(renumber, rename(migration, settings.separator()))));
    }
    return result;
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
