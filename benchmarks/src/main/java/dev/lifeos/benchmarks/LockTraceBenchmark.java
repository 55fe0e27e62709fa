package dev.lifeos.benchmarks;

import dev.lifeos.maven.migrations.CheckResult;
import dev.lifeos.maven.migrations.MigrationCheck;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.ProjectLayout;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.migrations.trace.TraceOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lock trace's cost: the check-migrations core (scan and apply, no base ref) against one real
 * PostgreSQL, each run on a fresh database, with the trace off, on, and on with rows seeded, on the
 * demo service's migrations and on N generated ones ({@link MigrationBenchmark#generate}).
 *
 * <p>Usage: {@code java -cp ... LockTraceBenchmark [N] [runs]}.
 */
public final class LockTraceBenchmark {
  private static final Path DEMO = Path.of("examples/demo-service");
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private LockTraceBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path project = Files.createTempDirectory("lifeos-trace-benchmark");
    long bytes = MigrationBenchmark.generate(project.resolve("src/main/resources/db/migration"), count);
    List<MigrationBenchmark.Row> rows = new ArrayList<>();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      Map<String, Callable<?>> demo = new LinkedHashMap<>();
      demo.put("demo (3 migrations), trace off", () -> check(postgres, DEMO, TraceOptions.OFF));
      demo.put("demo (3 migrations), trace on", () -> check(postgres, DEMO, TraceOptions.ON));
      demo.put("demo (3 migrations), trace on, 1,000 rows seeded",
          () -> check(postgres, DEMO, new TraceOptions(true, 1000)));
      rows.addAll(MigrationBenchmark.interleaved(runs * 5, demo, List.copyOf(demo.keySet())));
      Map<String, Callable<?>> big = new LinkedHashMap<>();
      big.put(count + " migrations, trace off", () -> check(postgres, project, TraceOptions.OFF));
      big.put(count + " migrations, trace on", () -> check(postgres, project, TraceOptions.ON));
      big.put(count + " migrations, trace on, 100 rows seeded",
          () -> check(postgres, project, new TraceOptions(true, 100)));
      rows.addAll(MigrationBenchmark.interleaved(runs, big, List.copyOf(big.keySet())));
    }
    StringBuilder table = new StringBuilder();
    table.append(String.format(Locale.ROOT, "%d generated migrations, %.1f MB, %d cores, Java %s%n%n",
        count, bytes / 1e6, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
    table.append("| subject | cold (ms) | warm median (ms) | warm best (ms) |\n|---|---:|---:|---:|\n");
    for (MigrationBenchmark.Row row : rows) {
      table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n",
          row.name(), row.cold(), row.median(), row.best()));
    }
    table.append(String.format(Locale.ROOT,
        "%ntrace on / off (median): demo %+.1f%%, %d migrations %+.1f%%; seeded: demo %+.1f%%, %d migrations %+.1f%%%n",
        percent(rows.get(1), rows.get(0)), count, percent(rows.get(4), rows.get(3)),
        percent(rows.get(2), rows.get(0)), count, percent(rows.get(5), rows.get(3))));
    System.out.print(table);
    Path results = Path.of("benchmarks/target/trace-results.md");
    Files.createDirectories(results.getParent());
    Files.writeString(results, table);
  }

  private static double percent(MigrationBenchmark.Row row, MigrationBenchmark.Row baseline) {
    return 100.0 * (row.median() - baseline.median()) / baseline.median();
  }

  /** check-migrations (no base ref) of {@code project}, applied to a new database of the server. */
  private static Object check(EmbeddedPostgres postgres, Path project, TraceOptions trace)
      throws Exception {
    String name = "bench_" + DATABASES.incrementAndGet();
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    MigrationCheck.Request request =
        new MigrationCheck.Request(
            ProjectLayout.standard(project),
            MigrationSettings.defaults(),
            Optional.empty(),
            new MigrationScanner(Dialect.POSTGRESQL, List.of()),
            project.resolve("src/main/resources/db/migration-approvals.properties"),
            false,
            Optional.of(new DatabaseTarget.Jdbc(postgres.getJdbcUrl("postgres", name), "postgres", "")),
            MigrationBenchmark.OPTIONS,
            DatabaseTarget.LibraryVersions.defaults(),
            List.of(),
            trace);
    CheckResult result =
        new MigrationCheck(
                request,
                (libraries, classpath) -> LockTraceBenchmark.class.getClassLoader(),
                MigrationLog.SILENT)
            .run();
    if (!result.passed()) {
      throw new IllegalStateException("benchmark migrations failed the check: " + result.problems());
    }
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE " + name + " WITH (FORCE)"); // sessions may still be ending
    }
    return result;
  }
}
