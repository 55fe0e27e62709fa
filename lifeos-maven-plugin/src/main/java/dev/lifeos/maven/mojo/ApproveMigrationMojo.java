package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.Approvals;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.scan.Finding;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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

  @Override
  protected void run() throws Exception {
    List<Migration> all =
        MigrationCatalog.read(layout().locations(settings()), settings()).migrations();
    Approvals approvals = Approvals.read(approvalsFile.toPath(), project.getBasedir().toPath());
    MigrationScanner scanner = scanner();
    if (migration != null && !migration.isBlank()) {
      Migration chosen = find(all, migration.trim());
      List<Finding> findings = scanner.scan(chosen);
      if (findings.isEmpty()) {
        getLog().info(chosen.fileName() + " has no dangerous operations: it needs no approval.");
        return;
      }
      print(chosen, findings, approvals);
      return;
    }
    int printed = 0;
    for (Migration candidate : all) {
      List<Finding> findings = scanner.scan(candidate);
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

  private void print(Migration chosen, List<Finding> findings, Approvals approvals) {
    String rules =
        findings.stream()
            .map(f -> f.rule().id() + " (line " + f.line() + ")")
            .collect(Collectors.joining(", "));
    String path = project.getBasedir().toPath().relativize(chosen.file()).toString();
    getLog().info(path + " (checksum " + chosen.checksum() + "): " + rules);
    for (Finding finding : findings) {
      getLog()
          .info(
              "  line "
                  + finding.line()
                  + ": "
                  + finding.message()
                  + " Safer: "
                  + finding.rule().saferAlternative());
    }
    if (approvals.status(chosen) == Approvals.Status.APPROVED) {
      getLog().info("Already approved in " + approvals.displayName() + " with this checksum.");
      return;
    }
    String replacing =
        approvals
            .approvedChecksum(chosen)
            .map(
                old ->
                    " in place of its old line " + chosen.key() + "=" + old + " (the file changed)")
            .orElse("");
    getLog()
        .info(
            "After review, the DB team approves it as it is now by adding to "
                + approvals.displayName()
                + replacing
                + ":");
    getLog().info("");
    getLog().info("    # " + chosen.fileName() + ": " + rules);
    getLog().info("    " + Approvals.line(chosen));
    getLog().info("");
    getLog()
        .info(
            "Nothing was written: the approvals file is the DB team's, changed in a reviewed commit.");
  }

  private static Migration find(List<Migration> all, String wanted) throws GateFailure {
    String key;
    try {
      key = wanted.endsWith(".sql") || wanted.endsWith(".java") ? null : normalizedKey(wanted);
    } catch (RuntimeException e) {
      key = null;
    }
    String fileName = Path.of(wanted).getFileName().toString();
    for (Migration candidate : all) {
      if (candidate.fileName().equals(fileName)
          || (key != null && normalizedKey(candidate.key()).equals(key))) {
        return candidate;
      }
    }
    throw new GateFailure(
        "No migration '"
            + wanted
            + "'. Migrations: "
            + all.stream().map(Migration::key).collect(Collectors.joining(", "))
            + ". Name one as -Dmigration=V12 (or its file name).");
  }

  private static String normalizedKey(String key) {
    return Approvals.normalizedKey(Character.isDigit(key.charAt(0)) ? "V" + key : key);
  }
}
