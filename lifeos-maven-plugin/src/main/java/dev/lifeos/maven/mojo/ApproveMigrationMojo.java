package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.ApprovalText;
import dev.lifeos.maven.migrations.Approvals;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.rules.Severity;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Prints the approvals-file line that approves a migration's dangerous operations as the migration
 * is now: {@code ./mvnw lifeos:approve-migration -Dmigration=V12}. It never writes the file: the DB
 * team adds the line in a reviewed commit (the file is theirs through CODEOWNERS). Without {@code
 * -Dmigration} it prints the lines for every migration whose findings are not approved.
 */
@Mojo(name = "approve-migration", threadSafe = true)
public class ApproveMigrationMojo extends MigrationsMojo {
  /**
   * The migration: {@code V12}, {@code 12}, {@code V1.1}, {@code R__refresh_views} or its file
   * name. Empty: every migration with unapproved findings.
   */
  @Parameter(property = "migration")
  private String migration;

  /** Switches the goal off. */
  @Parameter(property = "lifeos.migrations.skip", defaultValue = "false")
  private boolean skip;

  @Override
  protected boolean skip() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    MigrationCatalog catalog = MigrationCatalog.read(layout().locations(settings()), settings());
    Approvals approvals = Approvals.read(approvalsFile.toPath(), project.getBasedir().toPath());
    MigrationScanner scanner = scanner();
    if (migration != null && !migration.isBlank()) {
      Migration chosen = catalog.named(migration.trim());
      List<Finding> findings = dangers(scanner.scan(catalog.migrations(), List.of(chosen)), chosen);
      if (findings.isEmpty()) {
        getLog().info(chosen.fileName() + " has no dangerous operations: it needs no approval.");
      } else {
        print(chosen, findings, approvals);
      }
      return;
    }
    int printed = 0;
    Map<Migration, List<Finding>> found = scanner.scan(catalog.migrations(), catalog.migrations());
    for (Migration candidate : catalog.migrations()) {
      List<Finding> findings = dangers(found, candidate);
      if (!findings.isEmpty() && approvals.status(candidate) != Approvals.Status.APPROVED) {
        print(candidate, findings, approvals);
        printed++;
      }
    }
    if (printed == 0) {
      getLog()
          .info(
              "Every migration with dangerous operations is approved in "
                  + approvals.displayName()
                  + ".");
    }
  }

  /**
   * The findings of {@code migration} that an approval covers; its errors (SQL that never runs) are
   * logged, since no approval passes them.
   */
  private List<Finding> dangers(Map<Migration, List<Finding>> found, Migration migration) {
    for (Finding error : found.get(migration)) {
      if (error.severity() == Severity.ERROR) {
        getLog()
            .warn(
                migration.fileName()
                    + ":"
                    + error.line()
                    + " ["
                    + error.rule().id()
                    + "] "
                    + error.message()
                    + " No approval passes this: fix the file.");
      }
    }
    return found.get(migration).stream().filter(Finding::needsApproval).toList();
  }

  private void print(Migration chosen, List<Finding> findings, Approvals approvals) {
    String path = project.getBasedir().toPath().relativize(chosen.file()).toString();
    ApprovalText.instructions(chosen, path, findings, approvals).forEach(getLog()::info);
  }
}
