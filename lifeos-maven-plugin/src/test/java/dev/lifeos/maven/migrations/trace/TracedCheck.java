package dev.lifeos.maven.migrations.trace;

import dev.lifeos.maven.migrations.Check;
import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.CheckedFinding;
import dev.lifeos.maven.migrations.MigrationCheck;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.ProjectLayout;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.TestApplyOptions;
import dev.lifeos.maven.migrations.db.TestPostgres;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.rules.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * check-migrations over SQL migrations, applied with the lock trace to a fresh database of the test
 * PostgreSQL (a real server), every rule on.
 */
public final class TracedCheck {
  private final Path project;
  private int count;
  private ApplyOptions options = TestApplyOptions.defaults();
  private TraceOptions trace = TraceOptions.ON;
  private Optional<DatabaseTarget> target = Optional.empty();

  public TracedCheck(Path project) {
    this.project = project;
  }

  /** The next migration, {@code V<n>__m<n>.sql}. */
  public TracedCheck migration(String sql) throws Exception {
    Path dir = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
    Files.writeString(
        dir.resolve("V" + ++count + "__m" + count + ".sql"), sql, StandardCharsets.UTF_8);
    return this;
  }

  public TracedCheck options(ApplyOptions apply) {
    this.options = apply;
    return this;
  }

  /** Another database than a fresh one of the test PostgreSQL. */
  public TracedCheck on(DatabaseTarget database) {
    this.target = Optional.of(database);
    return this;
  }

  public TracedCheck trace(TraceOptions traceOptions) {
    this.trace = traceOptions;
    return this;
  }

  public CheckResult run() throws Exception {
    return new MigrationCheck(
            new MigrationCheck.Request(
                ProjectLayout.standard(project),
                MigrationSettings.defaults(),
                Optional.empty(),
                new MigrationScanner(Dialect.POSTGRESQL, List.of()),
                project.resolve("approvals.properties"),
                true,
                Optional.of(target.isPresent() ? target.get() : TestPostgres.newDatabase("traced")),
                options,
                TraceFixture.VERSIONS,
                List.of(),
                trace),
            (libraries, classpath) -> TracedCheck.class.getClassLoader(),
            MigrationLog.SILENT)
        .run();
  }

  /** The dangerous findings (notices left out) as {@code rule/trace verdict}. */
  public static List<String> dangers(CheckResult result) {
    return result.findings().stream()
        .filter(f -> f.finding().needsApproval())
        .map(f -> f.finding().rule().id() + "/" + f.trace().id())
        .toList();
  }

  /** The problems of the apply (unapproved findings left out). */
  public static List<Finding> applyProblems(CheckResult result) {
    return result.problems().stream().filter(p -> p.rule() == Check.APPLY_FAILED).toList();
  }

  /** The message of the only finding of {@code rule}. */
  public static String message(CheckResult result, String rule) {
    return result.findings().stream()
        .filter(f -> f.finding().rule().id().equals(rule))
        .map(CheckedFinding::finding)
        .map(f -> f.line() + ": " + f.message())
        .reduce((a, b) -> a + " | " + b)
        .orElseThrow();
  }
}
