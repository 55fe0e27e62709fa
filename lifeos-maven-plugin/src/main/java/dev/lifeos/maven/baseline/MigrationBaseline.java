package dev.lifeos.maven.baseline;

import dev.lifeos.maven.baseline.Baseline.MigrationEntry;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.rules.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The migrations with dangerous operations today. check-migrations reads them back as approvals
 * tied to each migration's checksum, exactly like lines of the DB team's approvals file: editing a
 * baselined migration voids its entry.
 */
public final class MigrationBaseline {
  private MigrationBaseline() {}

  public static List<MigrationEntry> record(
      List<Migration> migrations, MigrationScanner scanner, Path basedir) {
    List<MigrationEntry> entries = new ArrayList<>();
    // judged after the migrations before each, as check-migrations judges them
    Map<Migration, List<Finding>> found = scanner.scan(migrations, migrations);
    for (Migration migration : migrations) {
      List<Finding> findings = found.getOrDefault(migration, List.of());
      if (!findings.isEmpty()) {
        entries.add(
            new MigrationEntry(
                migration.key(),
                ModulePaths.relative(basedir, migration.file()),
                migration.checksum(),
                findings.stream().map(f -> f.rule().id()).toList()));
      }
    }
    return entries;
  }
}
