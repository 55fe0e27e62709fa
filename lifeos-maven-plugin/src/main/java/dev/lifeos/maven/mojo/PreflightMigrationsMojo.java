package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.DatabaseVariables;
import dev.lifeos.maven.migrations.preflight.AppliedMigration;
import dev.lifeos.maven.migrations.preflight.HistoryComparison;
import dev.lifeos.maven.migrations.preflight.Preflight;
import dev.lifeos.maven.report.GateReport;
import dev.lifeos.maven.smoke.Durations;
import dev.lifeos.maven.support.GateFailure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The release pre-flight (spec 5.2): before a release migrates production, checks that staging's
 * Flyway history matches production's. Fails when production ran a migration staging never did,
 * when one ran on both with different checksums, or when either records a failed run; lists the
 * migrations staging ran that production will get. Reads both histories only (Flyway's {@code
 * info()}), with the project's schemas and history table.
 *
 * <p>Production is run-migrations' database ({@code DATABASE_URL}, {@code DATABASE_USER}, {@code
 * DATABASE_PASSWORD}); staging's is {@code STAGING_DATABASE_URL}, {@code STAGING_DATABASE_USER},
 * {@code STAGING_DATABASE_PASSWORD}. Passwords are masked in every line. Writes {@code
 * target/lifeos/migrations/preflight.json} and {@code preflight.md}. Not bound to a phase: the
 * release job calls it before {@code lifeos:run-migrations -Dlifeos.env=production}.
 */
@Mojo(name = "preflight-migrations", threadSafe = true)
public class PreflightMigrationsMojo extends MigrationsMojo {
  /** Production's JDBC URL. Default: {@code DATABASE_URL}, as run-migrations reads it. */
  @Parameter(property = DatabaseVariables.URL_PROPERTY)
  private String productionUrl;

  /** Production's database user. Default: {@code DATABASE_USER}, else the user in the URL. */
  @Parameter(property = "lifeos.db.user")
  private String productionUser;

  /** Production's password; prefer {@code DATABASE_PASSWORD}: a {@code -D} shows in {@code ps}. */
  @Parameter(property = "lifeos.db.password")
  private String productionPassword;

  /** Staging's JDBC URL. Default: {@code STAGING_DATABASE_URL}. A read-only user is enough. */
  @Parameter(property = "lifeos.preflight.stagingUrl")
  private String stagingUrl;

  /** Staging's database user. Default: {@code STAGING_DATABASE_USER}, else the user in the URL. */
  @Parameter(property = "lifeos.preflight.stagingUser")
  private String stagingUser;

  /** Staging's password; prefer {@code STAGING_DATABASE_PASSWORD}. */
  @Parameter(property = "lifeos.preflight.stagingPassword")
  private String stagingPassword;

  /** The longest one connection attempt or query may take: {@code 30s}, {@code 2m}. */
  @Parameter(property = "lifeos.preflight.timeout", defaultValue = "30s")
  private String timeout;

  /**
   * PostgreSQL JDBC driver version (resolved when the goal runs). Default: the version this plugin
   * is built and tested with (docs/goals/preflight-migrations.md).
   */
  @Parameter(property = "lifeos.migrations.postgresqlDriverVersion")
  private String postgresqlDriverVersion;

  /**
   * H2 version, for an H2 URL (resolved when the goal runs). Default: the version this plugin is
   * built and tested with (docs/goals/preflight-migrations.md).
   */
  @Parameter(property = "lifeos.migrations.h2Version")
  private String h2Version;

  /** Switches the pre-flight off. */
  @Parameter(property = "lifeos.preflight.skip", defaultValue = "false")
  private boolean skip;

  @Override
  protected boolean skip() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    for (String url : new String[] {productionUrl, stagingUrl}) {
      secretsIn(url);
    }
    secret(productionPassword);
    secret(stagingPassword);
    DatabaseTarget.Jdbc production =
        Preflight.target(
            "production",
            "",
            DatabaseVariables.URL_PROPERTY,
            productionUrl,
            productionUser,
            productionPassword,
            environment());
    DatabaseTarget.Jdbc staging =
        Preflight.target(
            "staging",
            Preflight.STAGING_PREFIX,
            "lifeos.preflight.stagingUrl",
            stagingUrl,
            stagingUser,
            stagingPassword,
            environment());
    secret(production.password());
    secret(staging.password());
    Preflight.Outcome outcome =
        new Preflight(
                new Preflight.Request(
                    settings(),
                    staging,
                    production,
                    DatabaseTarget.LibraryVersions.defaults()
                        .with(h2Version, postgresqlDriverVersion, null, null),
                    Durations.parse(timeout, "lifeos.preflight.timeout")),
                runtimeLibraries(),
                migrationLog())
            .run();
    HistoryComparison.Result result = outcome.comparison();
    String pending =
        result.pendingForProduction().isEmpty()
            ? "none"
            : result.pendingForProduction().stream()
                .map(AppliedMigration::name)
                .collect(Collectors.joining(", "));
    report(outcome, pending);
    if (!result.passed()) {
      throw new GateFailure(
          "Pre-flight failed: staging's migration history does not match production's, so this"
              + " release's migrations were not tested on what production holds. Nothing was"
              + " changed."
              + result.problems().stream().map(p -> "\n  " + p).collect(Collectors.joining()));
    }
    getLog()
        .info(
            "Pre-flight passed: staging holds every migration production ran, with the same"
                + " checksums. Production will get: "
                + pending
                + ".");
  }

  private void report(Preflight.Outcome outcome, String pending) throws Exception {
    HistoryComparison.Result result = outcome.comparison();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("passed", result.passed());
    json.put("problems", result.problems().stream().map(masker()::mask).toList());
    json.put("pendingForProduction", names(result.pendingForProduction()));
    json.put("staging", names(outcome.staging()));
    json.put("production", names(outcome.production()));
    StringBuilder markdown =
        new StringBuilder("### Migration pre-flight ")
            .append(result.passed() ? "passed" : "FAILED")
            .append(": staging against production\n\n")
            .append("Production will get: ")
            .append(pending)
            .append("\n");
    result.problems().forEach(p -> markdown.append("\n- ❌ ").append(masker().mask(p)));
    GateReport.in(reportDirectory.toPath().resolve("migrations"))
        .json("preflight.json", json)
        .markdown("preflight.md", markdown.append('\n').toString())
        .write(environment());
  }

  private static List<String> names(List<AppliedMigration> migrations) {
    return migrations.stream().map(AppliedMigration::name).toList();
  }
}
