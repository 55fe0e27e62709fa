package dev.lifeos.maven.migrations;

import dev.lifeos.maven.git.BranchDiff;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.Database;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.Deadline;
import dev.lifeos.maven.migrations.db.FlywayApply;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.RuntimeLibraries;
import dev.lifeos.maven.migrations.db.ServerAhead;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.migrations.trace.LockTrace;
import dev.lifeos.maven.migrations.trace.MigrationTrace;
import dev.lifeos.maven.migrations.trace.TraceFindings;
import dev.lifeos.maven.migrations.trace.TraceOptions;
import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.rules.Rule;
import dev.lifeos.maven.rules.Severity;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * check-migrations without Maven: reads this branch's migrations, compares them with the base
 * branch's, scans the new ones for dangerous operations, matches them with the approvals, and
 * applies everything to an empty database. Every check runs, so one build reports every problem.
 */
public final class MigrationCheck {
  /**
   * What to check and how.
   *
   * @param layout the project's directories
   * @param settings Flyway's naming and locations
   * @param baseRef the ref to compare with; empty skips the branch checks
   * @param scanner the danger rules for the project's dialect
   * @param approvalsFile the DB team's approvals
   * @param requireApproval unapproved findings fail (true) or warn (false)
   * @param database where to apply; empty skips applying
   * @param options how to apply: Flyway's lock mode, timeouts and the deadline
   * @param versions versions of the database libraries resolved at run time
   * @param classpath the project's classes and dependencies, for Java migrations
   * @param trace the lock trace of a PostgreSQL apply
   */
  public record Request(
      ProjectLayout layout,
      MigrationSettings settings,
      Optional<String> baseRef,
      MigrationScanner scanner,
      Path approvalsFile,
      boolean requireApproval,
      Optional<DatabaseTarget> database,
      ApplyOptions options,
      DatabaseTarget.LibraryVersions versions,
      List<Path> classpath,
      TraceOptions trace) {}

  private final Request request;
  private final RuntimeLibraries libraries;
  private final MigrationLog log;
  private final Map<String, Integer> baselineApprovals;
  private final Optional<ServerAhead> ahead;

  public MigrationCheck(Request request, RuntimeLibraries libraries, MigrationLog log) {
    this(request, libraries, log, Map.of());
  }

  /**
   * @param baselineApprovals migrations the LifeOS baseline accepted (lifeos-baseline.json): key to
   *     checksum, approved like lines of the approvals file
   */
  public MigrationCheck(
      Request request,
      RuntimeLibraries libraries,
      MigrationLog log,
      Map<String, Integer> baselineApprovals) {
    this(request, libraries, log, baselineApprovals, Optional.empty());
  }

  /**
   * @param ahead an embedded PostgreSQL started for this check ahead of it (lifeos:
   *     prepare-migrations): the apply takes it when it fits, instead of starting one
   */
  public MigrationCheck(
      Request request,
      RuntimeLibraries libraries,
      MigrationLog log,
      Map<String, Integer> baselineApprovals,
      Optional<ServerAhead> ahead) {
    this.request = request;
    this.libraries = libraries;
    this.log = log;
    this.baselineApprovals = Map.copyOf(baselineApprovals);
    this.ahead = ahead;
  }

  public CheckResult run() throws Exception {
    List<MigrationLocation> locations = request.layout().locations(request.settings());
    MigrationCatalog workTree = MigrationCatalog.read(locations, request.settings());
    List<Finding> problems = new ArrayList<>(workTree.problems());
    List<Note> notes = new ArrayList<>();
    Path root = request.layout().basedir().toAbsolutePath().normalize();

    Optional<CheckResult.Base> base = Optional.empty();
    List<Migration> scanned = workTree.migrations();
    if (request.baseRef().isPresent()) {
      String ref = request.baseRef().get();
      try (BranchDiff diff = openDiff(ref)) {
        root = diff.workTree();
        MigrationCatalog atTip = catalogAt(diff, BranchDiff.BaseCommit.TIP, locations);
        // an up-to-date branch forked at the tip: one read of the history serves both
        MigrationCatalog atFork =
            diff.forkedAtTip()
                ? atTip
                : catalogAt(diff, BranchDiff.BaseCommit.FORK_POINT, locations);
        BranchComparison comparison =
            BranchComparison.compare(
                workTree, atTip, atFork, ref, diff::relativize, request.settings());
        problems.addAll(comparison.problems());
        notes.addAll(comparison.notes());
        scanned = comparison.newOnBranch();
        base = Optional.of(new CheckResult.Base(ref, diff.baseTipId(), diff.forkPointId()));
      }
    }

    Approvals fileApprovals = Approvals.read(request.approvalsFile(), request.layout().basedir());
    notes.addAll(fileApprovals.unknown(workTree.migrations()));
    Approvals approvals = fileApprovals.withBaseline(baselineApprovals);
    List<CheckedFinding> findings = scan(workTree.migrations(), scanned, approvals, problems);

    Optional<CheckResult.Apply> apply = Optional.empty();
    if (request.database().isPresent() && !workTree.migrations().isEmpty()) {
      if (problems.stream().anyMatch(p -> blocksApply(p.rule()))) {
        log.warn("Not applying the migrations: fix the duplicate or unreadable migrations first.");
      } else {
        apply = Optional.of(apply(request.database().get(), workTree, problems));
      }
    }
    List<MigrationTrace> traces = apply.map(CheckResult.Apply::traces).orElse(List.of());
    if (!traces.isEmpty()) {
      findings =
          TraceFindings.merge(
              findings, traces, scanned, request.scanner().traceRules(), approvals::status);
    }
    problems.addAll(unapproved(findings, approvals));
    return new CheckResult(
        root,
        locations,
        workTree.migrations(),
        scanned,
        base,
        request.scanner().dialect().id(),
        problems,
        findings,
        apply,
        request.requireApproval(),
        request.approvalsFile(),
        notes,
        workTree.excluded());
  }

  private BranchDiff openDiff(String ref) throws Exception {
    return BranchDiff.open(request.layout().basedir(), ref)
        .orElseThrow(
            () ->
                new GateFailure(
                    "Base ref '"
                        + ref
                        + "' given, but "
                        + request.layout().basedir()
                        + " is not in a git work tree. Run the build in a clone, or leave out"
                        + " -Dlifeos.baseRef (and GITHUB_BASE_REF) to skip the branch checks."));
  }

  private MigrationCatalog catalogAt(
      BranchDiff diff, BranchDiff.BaseCommit commit, List<MigrationLocation> locations)
      throws Exception {
    List<MigrationCatalog.SourceFile> files = new ArrayList<>();
    for (MigrationLocation location : locations) {
      if (!location.directory().startsWith(diff.workTree())) {
        continue; // outside the repository: no history to compare with
      }
      for (Map.Entry<String, byte[]> file :
          diff.filesAt(commit, diff.relativize(location.directory())).entrySet()) {
        Path path = diff.workTree().resolve(file.getKey());
        if (request.settings().excludes().stream()
            .noneMatch(e -> e.matches(path, location.directory()))) {
          files.add(new MigrationCatalog.SourceFile(path, location.kind(), file.getValue()));
        }
      }
    }
    return MigrationCatalog.of(files, request.settings());
  }

  /**
   * The findings of {@code scanned}, each judged after the migrations of {@code all} before it.
   * Errors (SQL that never runs) are problems no approval passes.
   */
  private List<CheckedFinding> scan(
      List<Migration> all, List<Migration> scanned, Approvals approvals, List<Finding> problems) {
    List<CheckedFinding> checked = new ArrayList<>();
    request
        .scanner()
        .scan(all, scanned)
        .forEach(
            (migration, found) -> {
              Approvals.Status status = approvals.status(migration);
              for (Finding finding : found) {
                if (finding.severity() == Severity.ERROR) {
                  problems.add(neverRuns(migration, finding));
                } else {
                  checked.add(new CheckedFinding(finding, migration, status));
                }
              }
            });
    return checked;
  }

  private static Finding neverRuns(Migration migration, Finding finding) {
    String fix = finding.fix();
    return Finding.of(
        Check.SQL_NEVER_RUNS,
        migration.file(),
        finding.line(),
        migration.fileName() + ": " + finding.message() + " (" + finding.rule().id() + ")",
        Character.toLowerCase(fix.charAt(0)) + fix.substring(1, fix.length() - 1));
  }

  /** One problem per migration with unapproved findings, when approval is required. */
  private List<Finding> unapproved(List<CheckedFinding> findings, Approvals approvals) {
    Map<Migration, List<CheckedFinding>> byMigration = new LinkedHashMap<>();
    for (CheckedFinding finding : findings) {
      if (finding.unapproved()) {
        byMigration.computeIfAbsent(finding.migration(), m -> new ArrayList<>()).add(finding);
      }
    }
    List<Finding> problems = new ArrayList<>();
    if (!request.requireApproval()) {
      return problems;
    }
    byMigration.forEach(
        (migration, found) ->
            problems.add(
                Finding.of(
                    Check.UNAPPROVED,
                    migration.file(),
                    found.get(0).finding().line(),
                    migration.fileName()
                        + " "
                        + ApprovalText.whyNotApproved(migration, found, approvals),
                    ApprovalText.fix(migration, approvals))));
    return problems;
  }

  private static boolean blocksApply(Rule check) {
    return check == Check.DUPLICATE_VERSION
        || check == Check.UNREADABLE
        || check == Check.NOT_A_REGULAR_FILE;
  }

  private CheckResult.Apply apply(
      DatabaseTarget target, MigrationCatalog workTree, Collection<Finding> problems)
      throws Exception {
    Deadline deadline = Deadline.after(request.options().deadline());
    try (Database database =
        Database.open(
            target,
            request.versions(),
            libraries,
            workTree.javaMigrations().isEmpty() ? List.of() : request.classpath(),
            request.options(),
            deadline,
            log,
            ahead)) {
      if (target instanceof DatabaseTarget.Jdbc) {
        database.requireEmpty("lifeos.migrations.jdbcUrl", deadline);
      }
      log.debug(
          "Applying " + workTree.migrations().size() + " migrations to " + database.description());
      Optional<LockTrace> trace =
          request.trace().enabled() && database.isPostgresql()
              ? Optional.of(new LockTrace(request.trace().rows(), log::debug))
              : Optional.empty();
      FlywayApply.Outcome outcome =
          FlywayApply.migrate(request.settings(), workTree, database, deadline, log, trace);
      outcome.problem().ifPresent(problems::add);
      return new CheckResult.Apply(
          database.description(),
          outcome.applied(),
          workTree.migrations().size() - outcome.applied(),
          outcome.took(),
          trace.map(LockTrace::traces).orElse(List.of()));
    }
  }
}
