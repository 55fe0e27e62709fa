package dev.lifeos.maven.migrations.trace;

import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationLocation;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.db.Database;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.Deadline;
import dev.lifeos.maven.migrations.db.FlywayApply;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.TestApplyOptions;
import dev.lifeos.maven.migrations.db.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** SQL migrations in a directory, applied to a fresh database of the test PostgreSQL, traced. */
public final class TraceFixture {
  static final DatabaseTarget.LibraryVersions VERSIONS = DatabaseTarget.LibraryVersions.defaults();

  private final Path dir;
  private int seedRows;
  private int count;

  public TraceFixture(Path dir) {
    this.dir = dir;
  }

  /** The next migration, {@code V<n>__m.sql}. */
  public TraceFixture migration(String sql) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("V" + ++count + "__m" + count + ".sql"), sql, StandardCharsets.UTF_8);
    return this;
  }

  public TraceFixture seed(int rows) {
    this.seedRows = rows;
    return this;
  }

  /** Applies them all with the trace; fails the test when the apply fails. */
  public List<MigrationTrace> apply() throws Exception {
    MigrationSettings settings = MigrationSettings.defaults();
    MigrationCatalog catalog =
        MigrationCatalog.read(
            List.of(new MigrationLocation(dir, MigrationLocation.Kind.SQL)), settings);
    LockTrace trace = new LockTrace(seedRows, System.err::println);
    Deadline deadline = Deadline.after(TestApplyOptions.defaults().deadline());
    try (Database database =
        Database.open(
            TestPostgres.newDatabase("trace"),
            VERSIONS,
            (libraries, classpath) -> TraceFixture.class.getClassLoader(),
            List.of(),
            TestApplyOptions.defaults(),
            deadline,
            MigrationLog.SILENT)) {
      FlywayApply.Outcome outcome =
          FlywayApply.migrate(
              settings, catalog, database, deadline, MigrationLog.SILENT, Optional.of(trace));
      if (outcome.problem().isPresent()) {
        throw new AssertionError(outcome.problem().get().message());
      }
    }
    return trace.traces();
  }
}
