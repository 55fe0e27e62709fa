package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.migrations.ApprovalText;
import dev.lifeos.maven.migrations.Approvals;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.db.Database;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.support.GateFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * What run-migrations refuses before it changes anything, each refusal a {@link GateFailure} that
 * says so: production without its approval, migrations with problems check-migrations reports, a
 * migration recorded as failed, SQL that would never run, and in production dangerous operations
 * the DB team has not approved.
 */
final class RunGuards {
  private final MigrationRun.Request request;
  private final MigrationLog log;

  RunGuards(MigrationRun.Request request, MigrationLog log) {
    this.request = request;
    this.log = log;
  }

  /** Production only with this run's approval. */
  void approved() throws GateFailure {
    if (request.environment() == TargetEnvironment.PRODUCTION && !request.productionApproved()) {
      throw new GateFailure(RunText.productionNotApproved());
    }
  }

  /** Nothing that check-migrations reports as a problem (a misnamed or duplicate migration). */
  void readable(MigrationCatalog catalog) throws GateFailure {
    if (!catalog.problems().isEmpty()) {
      throw new GateFailure(RunText.catalogProblems(catalog.problems()));
    }
  }

  /**
   * A migration recorded as failed (a non-transactional one that stopped halfway, with Flyway's
   * lock outside a transaction) blocks every migrate until the DB team cleans up: say how, before
   * Flyway refuses with its own words.
   */
  void noFailedMigration(
      Database database, MigrationCatalog catalog, MigrationInfoService before, String target)
      throws GateFailure {
    Optional<MigrationInfo> failed =
        Arrays.stream(before.all()).filter(info -> info.getState().isFailed()).findFirst();
    if (failed.isEmpty()) {
      return;
    }
    String name = failed.get().getScript();
    List<InterruptedIndex> leftovers =
        InterruptedIndex.lookFor(
            database,
            catalog.migrations().stream()
                .filter(m -> sameMigration(m, failed.get()))
                .findFirst()
                .map(m -> InterruptedIndex.namesIn(m.text()))
                .orElse(List.of()),
            log);
    throw new GateFailure(RunText.failedInHistory(target, name, leftovers));
  }

  /**
   * Every environment refuses pending migrations with SQL that would never run; production also
   * refuses those whose dangerous operations the DB team has not approved, elsewhere they are
   * warned about, since production will refuse them.
   */
  void dangerousOperations(MigrationCatalog catalog, MigrationInfo[] pending) throws Exception {
    Approvals approvals = Approvals.read(request.approvalsFile(), request.layout().basedir());
    List<String> unapproved = new ArrayList<>();
    List<Migration> toApply =
        Arrays.stream(pending)
            .flatMap(info -> catalog.migrations().stream().filter(m -> sameMigration(m, info)))
            .toList();
    Map<Migration, List<Finding>> found = request.scanner().scan(catalog.migrations(), toApply);
    MigrationScanner.refuseErrors(found);
    for (Migration migration : toApply) {
      List<Finding> findings =
          found.get(migration).stream().filter(Finding::needsApproval).toList();
      Approvals.Status status = approvals.status(migration);
      if (!findings.isEmpty() && status != Approvals.Status.APPROVED) {
        List<CheckedFinding> checked =
            findings.stream().map(f -> new CheckedFinding(f, migration, status)).toList();
        unapproved.add(
            RunText.unapproved(
                migration.fileName(),
                ApprovalText.whyNotApproved(migration, checked, approvals),
                ApprovalText.fix(migration, approvals)));
      }
    }
    if (unapproved.isEmpty()) {
      return;
    }
    if (request.environment() == TargetEnvironment.PRODUCTION) {
      throw new GateFailure(RunText.productionRefusesUnapproved(unapproved));
    }
    unapproved.forEach(line -> log.warn(RunText.productionWillRefuse(line)));
  }

  private static boolean sameMigration(Migration migration, MigrationInfo info) {
    return info.isVersioned()
        ? migration.isVersioned() && migration.version().equals(info.getVersion())
        : migration.type() == Migration.Type.REPEATABLE
            && migration.description().equals(info.getDescription());
  }
}
