package dev.lifeos.maven.migrations;

import dev.lifeos.maven.git.GitRepository;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.Database;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.Deadline;
import dev.lifeos.maven.migrations.db.FlywayApply;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.RuntimeLibraries;
import dev.lifeos.maven.migrations.scan.Finding;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;

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
      List<Path> classpath) {}

  private final Request request;
  private final RuntimeLibraries libraries;
  private final MigrationLog log;
  private final Map<String, Integer> baselineApprovals;

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
    this.request = request;
    this.libraries = libraries;
    this.log = log;
    this.baselineApprovals = Map.copyOf(baselineApprovals);
  }

  public CheckResult run() throws Exception {
    List<MigrationLocation> locations = request.layout().locations(request.settings());
    MigrationCatalog workTree = MigrationCatalog.read(locations, request.settings());
    List<Problem> problems = new ArrayList<>(workTree.problems());
    List<Note> notes = new ArrayList<>();
    Path root = request.layout().basedir().toAbsolutePath().normalize();

    Optional<CheckResult.Base> base = Optional.empty();
    List<Migration> scanned = workTree.migrations();
    if (request.baseRef().isPresent()) {
      String ref = request.baseRef().get();
      try (GitRepository git = openGit(ref)) {
        root = git.workTree();
        ObjectId tip = git.resolve(ref);
        ObjectId fork = git.forkPoint(tip);
        MigrationCatalog atTip = catalogAt(git, tip, locations);
        // an up-to-date branch forked at the tip: one read of the history serves both
        MigrationCatalog atFork = fork.equals(tip) ? atTip : catalogAt(git, fork, locations);
        BranchComparison comparison =
            BranchComparison.compare(
                workTree, atTip, atFork, ref, git::relativize, request.settings());
        problems.addAll(comparison.problems());
        notes.addAll(comparison.notes());
        scanned = comparison.newOnBranch();
        base = Optional.of(new CheckResult.Base(ref, tip.name(), fork.name()));
      }
    }

    Approvals fileApprovals = Approvals.read(request.approvalsFile(), request.layout().basedir());
    notes.addAll(fileApprovals.unknown(workTree.migrations()));
    Approvals approvals = fileApprovals.withBaseline(baselineApprovals);
    List<CheckedFinding> findings = scan(scanned, approvals);
    problems.addAll(unapproved(findings, approvals));

    Optional<CheckResult.Apply> apply = Optional.empty();
    if (request.database().isPresent() && !workTree.migrations().isEmpty()) {
      if (problems.stream().anyMatch(p -> blocksApply(p.check()))) {
        log.warn("Not applying the migrations: fix the duplicate or unreadable migrations first.");
      } else {
        apply = Optional.of(apply(request.database().get(), workTree, problems));
      }
    }
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

  private GitRepository openGit(String ref) throws Exception {
    return GitRepository.find(request.layout().basedir())
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
      GitRepository git, ObjectId commit, List<MigrationLocation> locations) throws Exception {
    List<MigrationCatalog.SourceFile> files = new ArrayList<>();
    for (MigrationLocation location : locations) {
      if (!location.directory().startsWith(git.workTree())) {
        continue; // outside the repository: no history to compare with
      }
      for (Map.Entry<String, byte[]> file :
          git.filesAt(commit, git.relativize(location.directory())).entrySet()) {
        Path path = git.workTree().resolve(file.getKey());
        if (request.settings().excludes().stream()
            .noneMatch(e -> e.matches(path, location.directory()))) {
          files.add(new MigrationCatalog.SourceFile(path, location.kind(), file.getValue()));
        }
      }
    }
    return MigrationCatalog.of(files, request.settings());
  }

  private List<CheckedFinding> scan(List<Migration> migrations, Approvals approvals) {
    List<CheckedFinding> checked = new ArrayList<>();
    Map<Migration, List<Finding>> byMigration = new LinkedHashMap<>();
    migrations.parallelStream()
        .map(m -> Map.entry(m, request.scanner().scan(m)))
        .toList()
        .forEach(e -> byMigration.put(e.getKey(), e.getValue()));
    byMigration.forEach(
        (migration, found) -> {
          Approvals.Status status = approvals.status(migration);
          found.forEach(f -> checked.add(new CheckedFinding(f, migration, status)));
        });
    return checked;
  }

  /** One problem per migration with unapproved findings, when approval is required. */
  private List<Problem> unapproved(List<CheckedFinding> findings, Approvals approvals) {
    Map<Migration, List<CheckedFinding>> byMigration = new LinkedHashMap<>();
    for (CheckedFinding finding : findings) {
      if (!finding.approved()) {
        byMigration.computeIfAbsent(finding.migration(), m -> new ArrayList<>()).add(finding);
      }
    }
    List<Problem> problems = new ArrayList<>();
    if (!request.requireApproval()) {
      return problems;
    }
    byMigration.forEach(
        (migration, found) ->
            problems.add(
                new Problem(
                    Check.UNAPPROVED,
                    migration.file(),
                    found.get(0).finding().line(),
                    migration.fileName()
                        + " "
                        + ApprovalText.whyNotApproved(migration, found, approvals),
                    ApprovalText.fix(migration, approvals))));
    return problems;
  }

  private static boolean blocksApply(Check check) {
    return check == Check.DUPLICATE_VERSION
        || check == Check.UNREADABLE
        || check == Check.NOT_A_REGULAR_FILE;
  }

  private CheckResult.Apply apply(
      DatabaseTarget target, MigrationCatalog workTree, Collection<Problem> problems)
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
            log)) {
      if (target instanceof DatabaseTarget.Jdbc) {
        database.requireEmpty("lifeos.migrations.jdbcUrl", deadline);
      }
      log.debug(
          "Applying " + workTree.migrations().size() + " migrations to " + database.description());
      FlywayApply.Outcome outcome =
          FlywayApply.migrate(request.settings(), workTree, database, deadline, log);
      outcome.problem().ifPresent(problems::add);
      return new CheckResult.Apply(
          database.description(),
          outcome.applied(),
          workTree.migrations().size() - outcome.applied(),
          outcome.took());
    }
  }
}
