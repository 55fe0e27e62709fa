package dev.lifeos.maven.mojo;

import dev.lifeos.maven.baseline.BaselineFile;
import dev.lifeos.maven.git.BaseRef;
import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.MigrationCheck;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.ServerAhead;
import dev.lifeos.maven.migrations.report.ConsoleText;
import dev.lifeos.maven.migrations.report.MigrationReports;
import dev.lifeos.maven.migrations.trace.TraceOptions;
import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the project's Flyway migrations: names Flyway would skip, duplicate versions, versions
 * that collide with the base branch, released migrations changed or deleted, dangerous operations
 * without DB-team approval, and that everything applies to an empty database of the project's kind
 * (an embedded PostgreSQL for a PostgreSQL project, else H2 in memory). Writes {@code report.json},
 * {@code findings.sarif} and {@code summary.md} to {@code target/lifeos/migrations/}.
 *
 * <p>Bound by lifeos-parent at {@code process-classes}: the earliest phase at which Java migrations
 * are compiled, and before any test runs.
 */
@Mojo(
    name = "check-migrations",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME,
    threadSafe = true)
public class CheckMigrationsMojo extends ApplyTargetMojo {
  /**
   * The ref this branch is compared with ({@code origin/main}). Default: {@code
   * origin/$GITHUB_BASE_REF} on GitHub pull requests; without either, the branch checks are skipped
   * with an info line and every migration is scanned.
   */
  @Parameter(property = "lifeos.baseRef")
  private String baseRef;

  /**
   * Fail (true) or only warn (false) when a dangerous operation is not approved in the approvals
   * file. lifeos-parent sets it true in the pr, main and release profiles.
   */
  @Parameter(property = "lifeos.migrations.requireApproval", defaultValue = "false")
  private boolean requireApproval;

  /**
   * How long one statement may wait for a lock another session holds (PostgreSQL {@code
   * lock_timeout}, H2 {@code LOCK_TIMEOUT}), e.g. {@code 10s}; {@code 0} for no limit. On the empty
   * database of the check nothing else should hold a lock: when it trips, the message names who
   * does.
   */
  @Parameter(property = ApplyOptions.LOCK_TIMEOUT, defaultValue = "10s")
  private String lockTimeout;

  /**
   * How long one statement may run (PostgreSQL {@code statement_timeout}, H2 {@code
   * QUERY_TIMEOUT}), e.g. {@code 5m}; {@code 0} for no limit.
   */
  @Parameter(property = ApplyOptions.STATEMENT_TIMEOUT, defaultValue = "5m")
  private String statementTimeout;

  /** How long connecting to {@code jdbcUrl} (TCP, TLS and login) may take, e.g. {@code 30s}. */
  @Parameter(property = ApplyOptions.CONNECT_TIMEOUT, defaultValue = "30s")
  private String connectTimeout;

  /** Switches the goal off. */
  @Parameter(property = "lifeos.migrations.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Switches off the lock trace: by default an apply to PostgreSQL records, statement by statement,
   * the locks each migration takes on the tables earlier migrations created, the tables it rewrites
   * and reads whole, and reports the dangerous ones beside the static rules' findings. Never runs
   * on H2.
   */
  @Parameter(property = TraceOptions.SKIP, defaultValue = "false")
  private boolean traceSkip;

  /**
   * Rows the lock trace inserts into each table right after the migration that creates it, so that
   * the later migrations run on tables that hold data (the apply takes longer; a migration that
   * cannot run on a table with rows fails, as it would on production). {@code 0}: none.
   */
  @Parameter(property = TraceOptions.ROWS, defaultValue = "0")
  private int traceRows;

  /**
   * The LifeOS baseline: a dangerous migration it lists counts as approved while its checksum is
   * the listed one (lifeos:baseline).
   */
  @Parameter(
      property = "lifeos.baseline.file",
      defaultValue = "${project.basedir}/" + BaselineFile.DEFAULT_NAME)
  private File baselineFile;

  /** Ignores the baseline. */
  @Parameter(property = "lifeos.baseline.skip", defaultValue = "false")
  private boolean baselineSkip;

  @Override
  protected boolean judgesRepository() {
    return true;
  }

  @Override
  protected boolean skip() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    secret(password);
    secretsIn(jdbcUrl);
    Optional<String> base = BaseRef.resolve(baseRef, environment());
    if (base.isEmpty()) {
      getLog().info(BaseRef.noneMessage("branch checks (conflicts, changed released migrations)"));
    }
    MigrationCheck.Request request =
        new MigrationCheck.Request(
            layout(),
            settings(),
            base,
            scanner(),
            approvalsFile.toPath(),
            requireApproval,
            target(),
            ApplyParameters.of(settings(), lockTimeout, statementTimeout, connectTimeout, deadline),
            libraryVersions(),
            project.getCompileClasspathElements().stream().map(Path::of).toList(),
            traceOptions());
    Map<String, Integer> baselined =
        baselineSkip ? Map.of() : BaselineFile.read(baselineFile.toPath()).migrationApprovals();
    ServersStartedAhead started = ServersStartedAhead.of(session, getLog());
    Optional<ServerAhead> ahead = started.take(project);
    CheckResult result;
    try {
      result =
          new MigrationCheck(request, runtimeLibraries(), migrationLog(), baselined, ahead).run();
    } finally {
      ahead.ifPresent(started::done); // stopped, or its stop awaited, when the session ends
    }
    report(result);
  }

  private TraceOptions traceOptions() throws GateFailure {
    if (traceRows < 0) {
      throw new GateFailure(
          TraceOptions.ROWS + " is " + traceRows + ": give a number of rows, 0 for none.");
    }
    return new TraceOptions(!traceSkip, traceRows);
  }

  private void report(CheckResult result) throws Exception {
    getLog().info(ConsoleText.summary(result));
    if (!result.excluded().isEmpty()) {
      getLog().info(ConsoleText.excluded(result));
    }
    result.notes().forEach(note -> getLog().warn(ConsoleText.note(result, note)));
    for (CheckedFinding checked : result.findings()) {
      if (!checked.unapproved()) {
        getLog().info(ConsoleText.finding(result, checked));
      } else {
        getLog().warn(ConsoleText.finding(result, checked));
      }
    }
    List<Path> files =
        MigrationReports.of(result, reportDirectory.toPath().resolve("migrations"))
            .write(environment());
    getLog()
        .info(
            "Reports: "
                + files.stream()
                    .map(f -> project.getBasedir().toPath().relativize(f).toString())
                    .collect(java.util.stream.Collectors.joining(", ")));
    if (!result.passed()) {
      throw new GateFailure(ConsoleText.failure(result));
    }
    if (!result.unapproved().isEmpty()) {
      getLog().warn(ConsoleText.unapprovedWarning(result));
    }
  }
}
