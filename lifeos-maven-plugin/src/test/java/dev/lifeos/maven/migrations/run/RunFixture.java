package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.ProjectLayout;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.LinesLog;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.TestApplyOptions;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** A project with migrations in a temporary directory, run against one database; logs recorded. */
final class RunFixture {
  static final String DEMO_V1 =
      "CREATE TABLE accounts (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL);\n";
  static final String DEMO_V2 =
      "CREATE TABLE transactions (\n"
          + "  id BIGINT PRIMARY KEY,\n"
          + "  account_id BIGINT NOT NULL REFERENCES accounts (id),\n"
          + "  amount_cents BIGINT NOT NULL\n"
          + ");\n";
  static final String DEMO_V3 = "ALTER TABLE transactions ADD COLUMN category VARCHAR(40);\n";

  final Path dir;
  final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  TargetEnvironment environment = TargetEnvironment.STAGING;
  boolean productionApproved;
  ApplyOptions options = TestApplyOptions.defaults();

  RunFixture(Path dir) {
    this.dir = dir;
  }

  RunFixture migration(String name, String sql) throws Exception {
    Path file = dir.resolve("src/main/resources/db/migration/" + name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, sql, StandardCharsets.UTF_8);
    return this;
  }

  RunFixture approvals(String content) throws Exception {
    Files.writeString(approvalsFile(), content, StandardCharsets.UTF_8);
    return this;
  }

  /** Flyway's checksum of a migration, as the approvals file lists it. */
  int checksum(String fileName) throws Exception {
    MigrationSettings settings = MigrationSettings.defaults();
    return MigrationCatalog.read(ProjectLayout.standard(dir).locations(settings), settings)
        .migrations()
        .stream()
        .filter(m -> m.fileName().equals(fileName))
        .findFirst()
        .orElseThrow()
        .checksum();
  }

  private Path approvalsFile() {
    return dir.resolve("src/main/resources/db/migration-approvals.properties");
  }

  Optional<RunResult> run(DatabaseTarget.Jdbc database) throws Exception {
    MigrationRun.Request request =
        new MigrationRun.Request(
            ProjectLayout.standard(dir),
            MigrationSettings.defaults(),
            database,
            environment,
            productionApproved,
            new MigrationScanner(Dialect.POSTGRESQL, List.of()),
            approvalsFile(),
            60,
            options,
            DatabaseTarget.LibraryVersions.defaults(),
            List.of());
    MigrationLog log = new LinesLog(lines);
    return new MigrationRun(request, (libraries, classpath) -> getClass().getClassLoader(), log)
        .run();
  }

  /** {@code version:success} of each row of Flyway's schema history, in order. */
  static List<String> history(DatabaseTarget.Jdbc database) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(database.url(), "postgres", "");
        ResultSet result =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
      while (result.next()) {
        rows.add(result.getString(1) + ":" + result.getBoolean(2));
      }
    }
    return rows;
  }
}
