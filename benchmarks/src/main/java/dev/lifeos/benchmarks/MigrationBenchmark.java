package dev.lifeos.benchmarks;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationCheck;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.ProjectLayout;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.FlywayLogBridge;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.report.MigrationReports;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.migrations.scan.Rules;
import dev.lifeos.maven.migrations.trace.TraceOptions;
import dev.lifeos.maven.report.StepSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A repeatable harness: generates N migrations (about 5 kB each), then times, in one JVM, each
 * subject once cold and {@code runs} times warm (median):
 *
 * <ul>
 *   <li>the spec's check: {@code grep -r} of its four patterns, one grep per pattern as the script
 *       does, and the same as one {@code grep -rE};
 *   <li>the danger scan (read, tokenize, replay the history, every rule) over all N migrations;
 *   <li>plain Flyway migrate of the same files to H2 in memory;
 *   <li>the whole check-migrations core (names, checksums, scan, approvals, H2 apply, reports),
 *       without a base ref and against a git base branch.
 * </ul>
 *
 * Usage: {@code java -cp ... MigrationBenchmark [N] [runs]}.
 */
public final class MigrationBenchmark {
  private static final String[] SPEC_PATTERNS = {"drop_table", "drop_column", "alter_column", "execute("};
  private static final String MIGRATIONS = "src/main/resources/db/migration";
  /** check-migrations' apply limits, with a deadline a 2,000-migration apply on a busy machine meets. */
  static final ApplyOptions OPTIONS =
      new ApplyOptions(true, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(30),
          Duration.ofMinutes(60));
  /** Rows inserted per migration: about 5 kB per file. */
  private static final int ROWS = 80;

  private MigrationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int fastRuns = runs * 5; // the sub-second subjects are repeated more: one run proves little
    Path project = Files.createTempDirectory("lifeos-benchmark");
    Path migrations = project.resolve(MIGRATIONS);
    long bytes = generate(migrations, count);
    gitBaseBranch(project, migrations, count);

    List<Row> rows = new ArrayList<>();
    // Subjects take turns (A B C A B C ...), so a busy moment of the shared machine hits all alike.
    // What check-migrations adds to Flyway's own work, every check but the apply, is measured
    // apart because it is far smaller than the noise of a 10 s migrate.
    String scan = "danger scan: read + tokenize + replay + every rule (" + Rules.all().size() + ")";
    Map<String, Callable<?>> fast = new java.util.LinkedHashMap<>();
    fast.put("grep -r, the spec's 4 patterns (4 greps)", () -> grepEach(migrations));
    fast.put("grep -rE, the 4 patterns in one grep", () -> grepOnce(migrations));
    fast.put(scan, () -> scan(migrations));
    fast.put("check-migrations core without the apply, no base ref",
        () -> check(project, Optional.empty(), false));
    fast.put("check-migrations core without the apply, base ref main",
        () -> check(project, Optional.of("main"), false));
    rows.addAll(interleaved(fastRuns, fast, List.copyOf(fast.keySet())));
    rows.addAll(
        interleaved(
            runs,
            Map.of(
                "Flyway migrate, H2 in memory", () -> flywayMigrate(migrations),
                "check-migrations core, no base ref", () -> check(project, Optional.empty(), true),
                "check-migrations core, base ref main", () -> check(project, Optional.of("main"), true)),
            List.of(
                "Flyway migrate, H2 in memory",
                "check-migrations core, no base ref",
                "check-migrations core, base ref main")));

    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%d migrations, %.1f MB, %d cores, Java %s%n%n",
        count, bytes / 1e6, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
    table.append("| subject | cold (ms) | warm median (ms) | warm best (ms) |\n|---|---:|---:|---:|\n");
    for (Row row : rows) {
      table.append(
          String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", row.name, row.cold, row.median, row.best));
    }
    table.append(String.format(Locale.ROOT,
        "%nmedian (best) ratios:%n"
            + "scan / grep of the 4 patterns: %s (target <= 3x)%n"
            + "check-migrations / Flyway migrate: %s without base, %s with base (target <= 1.2x)%n",
        ratio(rows.get(2), rows.get(0)), ratio(rows.get(6), rows.get(5)), ratio(rows.get(7), rows.get(5))));
    Row migrate = rows.get(5);
    table.append(String.format(Locale.ROOT,
        "checks added to Flyway migrate (median): +%.1f%% without base, +%.1f%% with base%n",
        100.0 * rows.get(3).median / migrate.median, 100.0 * rows.get(4).median / migrate.median));
    System.out.print(table);
    Path results = Path.of("benchmarks/target/results.md");
    Files.createDirectories(results.getParent());
    Files.writeString(results, table);
  }

  record Row(String name, long cold, long median, long best) {}

  private static String ratio(Row row, Row baseline) {
    return String.format(Locale.ROOT, "%.2fx (%.2fx)",
        (double) row.median / baseline.median, (double) row.best / baseline.best);
  }

  static List<Row> interleaved(int runs, Map<String, Callable<?>> subjects, List<String> order)
      throws Exception {
    Map<String, Long> cold = new java.util.HashMap<>();
    Map<String, long[]> warm = new java.util.HashMap<>();
    for (String name : order) {
      cold.put(name, millis(subjects.get(name)));
      warm.put(name, new long[runs]);
    }
    for (int i = 0; i < runs; i++) {
      for (String name : order) {
        warm.get(name)[i] = millis(subjects.get(name));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (String name : order) {
      long[] times = warm.get(name);
      java.util.Arrays.sort(times);
      System.err.printf(Locale.ROOT, "%s: cold %d ms, warm %s ms%n", name, cold.get(name), java.util.Arrays.toString(times));
      rows.add(new Row(name, cold.get(name), times[runs / 2], times[0]));
    }
    return rows;
  }

  private static long millis(Callable<?> subject) throws Exception {
    long start = System.nanoTime();
    subject.call();
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** N migrations of about 5 kB: a table, an index, 80 rows with comments and tricky strings. */
  static long generate(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    long bytes = 0;
    for (int i = 1; i <= count; i++) {
      StringBuilder sql = new StringBuilder();
      sql.append("-- Migration ").append(i).append(": ledger shard ").append(i)
          .append(". Owned by the DB team; CI applies, never writes, migrations.\n")
          .append("/* A drop_table or drop_column (or alter_column) in here would need approval;\n")
          .append("   this comment must not trigger anything. */\n")
          .append("CREATE TABLE ledger_").append(i).append(" (\n")
          .append("    id           BIGINT       PRIMARY KEY,\n")
          .append("    account_id   BIGINT       NOT NULL,\n")
          .append("    booked_on    DATE         NOT NULL,\n")
          .append("    amount_cents BIGINT       NOT NULL,\n")
          .append("    memo         VARCHAR(200)\n);\n")
          .append("CREATE INDEX ledger_").append(i).append("_account ON ledger_").append(i)
          .append(" (account_id, booked_on);\n")
          .append("INSERT INTO ledger_").append(i)
          .append(" (id, account_id, booked_on, amount_cents, memo) VALUES\n");
      for (int row = 1; row <= ROWS; row++) {
        sql.append("    (").append(row).append(", ").append(row % 17).append(", DATE '2026-0")
            .append(1 + row % 9).append("-1").append(row % 9).append("', ").append(row * 137 % 10000)
            .append(", '").append(row % 5 == 0 ? "note: execute( is only text; drop table x" : "coffee")
            .append("')").append(row < ROWS ? ",\n" : ";\n");
      }
      if (i % 50 == 0) {
        sql.append("ALTER TABLE ledger_").append(i - 1).append(" DROP COLUMN memo;\n");
      }
      Path file = dir.resolve("V" + i + "__ledger_shard_" + i + ".sql");
      Files.writeString(file, sql, StandardCharsets.UTF_8);
      bytes += sql.length();
    }
    return bytes;
  }

  /** main holds migrations 1..N-1; the work tree (branch feature) adds migration N. */
  private static void gitBaseBranch(Path project, Path migrations, int count) throws Exception {
    Path last = migrations.resolve("V" + count + "__ledger_shard_" + count + ".sql");
    Path aside = project.resolve("last.sql.tmp");
    Files.move(last, aside);
    git(project, "init", "-q");
    git(project, "symbolic-ref", "HEAD", "refs/heads/main");
    git(project, "add", "-A");
    git(project, "commit", "-q", "-m", "base");
    git(project, "checkout", "-q", "-b", "feature");
    Files.move(aside, last);
  }

  private static void git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=bench", "-c",
        "user.email=bench@lifeos.dev", "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    if (process.waitFor() != 0) {
      throw new IllegalStateException("git " + String.join(" ", args) + " failed");
    }
  }

  private static Object grepEach(Path dir) throws Exception {
    for (String pattern : SPEC_PATTERNS) {
      run("grep", "-r", "-F", pattern, dir.toString());
    }
    return null;
  }

  private static Object grepOnce(Path dir) throws Exception {
    return run("grep", "-r", "-E", "drop_table|drop_column|alter_column|execute\\(", dir.toString());
  }

  private static int run(String... command) throws Exception {
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
  }

  /**
   * What replaces the spec's grep: read every file, tokenize it (in parallel), replay the history
   * and run every rule, as check-migrations does (no checksums).
   */
  private static Object scan(Path migrations) throws Exception {
    MigrationScanner scanner = new MigrationScanner(Dialect.POSTGRESQL, List.of());
    List<Migration> all;
    try (Stream<Path> list = Files.list(migrations)) {
      all = list.parallel().map(MigrationBenchmark::migration).toList();
    }
    return scanner.scan(all, all).values().stream().mapToInt(List::size).sum();
  }

  private static Migration migration(Path file) {
    try {
      String name = file.getFileName().toString();
      return new Migration(Migration.Type.VERSIONED, Migration.Language.SQL, file,
          MigrationVersion.fromVersion(name.substring(1, name.indexOf("__"))), "", 0,
          Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The same database URL and shutdown as check-migrations' H2, so only the checks differ. */
  private static Object flywayMigrate(Path migrations) throws Exception {
    String url = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL";
    Object result =
        Flyway.configure()
            .locations("filesystem:" + migrations)
            .loggers(FlywayLogBridge.LOGGERS) // its log lines dropped, as in the check-migrations runs
            .dataSource(url, "sa", "")
            .load()
            .migrate();
    try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
    return result;
  }

  private static Object check(Path project, Optional<String> baseRef, boolean apply)
      throws Exception {
    MigrationCheck.Request request =
        new MigrationCheck.Request(
            ProjectLayout.standard(project),
            MigrationSettings.defaults(),
            baseRef,
            new MigrationScanner(Dialect.POSTGRESQL, List.of()),
            project.resolve("src/main/resources/db/migration-approvals.properties"),
            false,
            apply ? Optional.of(new DatabaseTarget.H2("PostgreSQL")) : Optional.empty(),
            OPTIONS,
            DatabaseTarget.LibraryVersions.defaults(),
            List.of(),
            TraceOptions.ON);
    CheckResult result =
        new MigrationCheck(
                request,
                (libraries, classpath) -> MigrationBenchmark.class.getClassLoader(),
                MigrationLog.SILENT)
            .run();
    if (!result.passed()) {
      throw new IllegalStateException("benchmark migrations failed the check: " + result.problems());
    }
    MigrationReports.write(result, project.resolve("target/lifeos/migrations"), StepSummary.from(Map.of()));
    return result;
  }
}
