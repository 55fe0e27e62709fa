package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.DatabaseVariables;
import dev.lifeos.maven.migrations.run.MigrationRun;
import dev.lifeos.maven.migrations.run.ProductionApproval;
import dev.lifeos.maven.migrations.run.RunReports;
import dev.lifeos.maven.migrations.run.RunResult;
import dev.lifeos.maven.migrations.run.TargetEnvironment;
import dev.lifeos.maven.report.StepSummary;
import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Applies the project's pending Flyway migrations to one database named explicitly, the step before
 * a rollout (spec 7.3): {@code ./mvnw lifeos:run-migrations -Dlifeos.env=staging} with {@code
 * DATABASE_URL}, {@code DATABASE_USER} and {@code DATABASE_PASSWORD} in the environment.
 *
 * <p>Refuses without a URL or an environment, refuses production without this run's approval flag
 * or with pending dangerous migrations the DB team has not approved, prints the state before and
 * after and one line per migration applied, verifies the database ends at the latest migration, and
 * on failure names migration and statement and says whether the database was left unchanged. It
 * never creates, cleans, repairs or undoes a migration. Not bound to a phase: deploy jobs call it.
 * Writes {@code run.json} and {@code run-summary.md} to {@code target/lifeos/migrations/}.
 */
@Mojo(
    name = "run-migrations",
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public class RunMigrationsMojo extends MigrationsMojo {
  /**
   * JDBC URL of the database: {@code jdbc:postgresql://host:5432/db} (a {@code user:password@}
   * before the host and {@code postgresql://user:password@host/db} are read too). Default: the
   * {@code DATABASE_URL} environment variable. There is no other default: without either the goal
   * refuses.
   */
  @Parameter(property = DatabaseVariables.URL_PROPERTY)
  private String url;

  /** Database user. Default: {@code DATABASE_USER}, else the user in the URL. */
  @Parameter(property = "lifeos.db.user")
  private String user;

  /**
   * Database password; masked in every log line. Default: {@code DATABASE_PASSWORD}, else the
   * password in the URL. Prefer the environment variable: a {@code -D} value is visible in the
   * process list.
   */
  @Parameter(property = "lifeos.db.password")
  private String password;

  /**
   * The environment the database belongs to: {@code ci}, {@code staging} or {@code production}.
   * Required, with no default. Production needs {@code productionApproved}, and every dangerous
   * operation in the pending migrations approved by the DB team; elsewhere unapproved ones are
   * warned about.
   */
  @Parameter(property = TargetEnvironment.PROPERTY)
  private String env;

  /**
   * This run's approval to change production: {@code true} (any case). Counts only when typed on
   * the command line of this run ({@code -Dlifeos.migrations.productionApproved=true}): set in a
   * POM, a profile, settings, {@code .mvn/maven.config}, {@code .mvn/jvm.config}, {@code
   * MAVEN_ARGS}, {@code MAVEN_OPTS} or {@code JAVA_TOOL_OPTIONS} it would approve every run, and
   * the goal refuses ({@link ProductionApproval}). The release workflow passes it in the job that
   * waits for the GitHub environment's reviewers.
   */
  @Parameter(property = ProductionApproval.PROPERTY, defaultValue = "false")
  private String productionApproved;

  /**
   * Seconds to wait for another run's Flyway lock (Flyway tries once a second): two deploys that
   * migrate at once run one after the other, the second finding nothing to apply.
   */
  @Parameter(property = "lifeos.db.lockRetryCount", defaultValue = "600")
  private int lockRetryCount;

  /**
   * How long one statement may wait for a lock another session holds (PostgreSQL {@code
   * lock_timeout}), e.g. {@code 10s}; {@code 0} for no limit. A migration waiting for an ACCESS
   * EXCLUSIVE lock queues every other query on its table behind it: keep this short, and when it
   * trips the message names the session holding the lock.
   */
  @Parameter(property = ApplyOptions.LOCK_TIMEOUT, defaultValue = "10s")
  private String lockTimeout;

  /**
   * How long one statement may run (PostgreSQL {@code statement_timeout}), e.g. {@code 60m}; {@code
   * 0} for no limit.
   */
  @Parameter(property = ApplyOptions.STATEMENT_TIMEOUT, defaultValue = "60m")
  private String statementTimeout;

  /** How long connecting to the database (TCP, TLS and login) may take, e.g. {@code 30s}. */
  @Parameter(property = ApplyOptions.CONNECT_TIMEOUT, defaultValue = "30s")
  private String connectTimeout;

  /**
   * How long the whole run may take, e.g. {@code 120m}: connecting, waiting for another run's
   * Flyway lock and every migration. When it passes, the running statement is cancelled and the
   * goal fails with what it was waiting for.
   */
  @Parameter(property = ApplyOptions.DEADLINE, defaultValue = "120m")
  private String deadline;

  /**
   * PostgreSQL JDBC driver version (resolved when the goal runs). Default: the version this plugin
   * is built and tested with (docs/goals/run-migrations.md).
   */
  @Parameter(property = "lifeos.migrations.postgresqlDriverVersion")
  private String postgresqlDriverVersion;

  /**
   * H2 version, for an H2 URL (resolved when the goal runs). Default: the version this plugin is
   * built and tested with (docs/goals/run-migrations.md).
   */
  @Parameter(property = "lifeos.migrations.h2Version")
  private String h2Version;

  /**
   * Switches the goal off. Deliberately not {@code lifeos.migrations.skip} nor {@code lifeos.skip}:
   * a build that skips the checks must not skip applying migrations before a deploy unnoticed.
   */
  @Parameter(property = "lifeos.runMigrations.skip", defaultValue = "false")
  private boolean skip;

  @Override
  protected boolean skip() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    secret(password);
    secretsIn(url);
    DatabaseTarget.Jdbc database = MigrationRun.database(url, user, password, environment());
    secret(database.password());
    TargetEnvironment target = TargetEnvironment.parse(env);
    MigrationRun.Request request =
        new MigrationRun.Request(
            layout(),
            settings(),
            database,
            target,
            approvedOnTheCommandLine(),
            scanner(),
            approvalsFile.toPath(),
            lockRetryCount,
            ApplyParameters.of(settings(), lockTimeout, statementTimeout, connectTimeout, deadline),
            DatabaseTarget.LibraryVersions.defaults()
                .with(h2Version, postgresqlDriverVersion, null, null),
            project.getCompileClasspathElements().stream().map(Path::of).toList());
    Optional<RunResult> result =
        new MigrationRun(request, runtimeLibraries(), migrationLog()).run();
    if (result.isPresent()) {
      report(result.get());
    }
  }

  /** The approval flag, if set for this run only: on its command line, nowhere else. */
  private boolean approvedOnTheCommandLine() throws GateFailure, IOException {
    File buildRoot = session.getRequest().getMultiModuleProjectDirectory();
    return ProductionApproval.approved(
        productionApproved,
        session.getUserProperties().getProperty(ProductionApproval.PROPERTY),
        environment(),
        buildRoot == null ? null : buildRoot.toPath());
  }

  private void report(RunResult result) throws Exception {
    List<Path> files =
        RunReports.write(
            result,
            reportDirectory.toPath().resolve("migrations"),
            StepSummary.from(environment()),
            masker()::mask);
    getLog()
        .info(
            "Reports: "
                + files.stream()
                    .map(f -> project.getBasedir().toPath().relativize(f).toString())
                    .collect(Collectors.joining(", ")));
    if (!result.passed()) {
      throw new GateFailure(result.failure().orElseThrow());
    }
  }
}
