package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationLocation;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.config.FlywaySetting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * SQL migrations in a directory, applied through {@link ApplySession} as the goals apply them, with
 * a Flyway setting of the project's (mixed); records how long it took.
 */
final class ApplyFixture {
  static final DatabaseTarget.LibraryVersions VERSIONS = DatabaseTarget.LibraryVersions.defaults();
  static final RuntimeLibraries TEST_CLASSPATH =
      (libraries, classpath) -> ApplyFixture.class.getClassLoader();

  private final Path dir;
  boolean mixed;
  Duration took = Duration.ZERO;

  ApplyFixture(Path dir) {
    this.dir = dir;
  }

  ApplyFixture migration(String name, String sql) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), sql, StandardCharsets.UTF_8);
    return this;
  }

  /** Migrates {@code target}: empty when it went through, else why it stopped. */
  Optional<ApplyStopped> apply(DatabaseTarget target, ApplyOptions options) throws Exception {
    MigrationSettings settings =
        MigrationSettings.defaults().with(FlywaySetting.MIXED, String.valueOf(mixed));
    MigrationCatalog catalog =
        MigrationCatalog.read(
            List.of(new MigrationLocation(dir, MigrationLocation.Kind.SQL)), settings);
    Deadline deadline = Deadline.after(options.deadline());
    long start = System.nanoTime();
    try (Database database =
            Database.open(
                target,
                VERSIONS,
                TEST_CLASSPATH,
                List.of(),
                options,
                deadline,
                MigrationLog.SILENT);
        ApplySession session =
            new ApplySession(database, catalog, deadline, MigrationLog.SILENT, ran -> {})) {
      Flyway flyway = FlywayApply.configuration(settings, catalog, session).load();
      session.call(flyway::migrate);
      return Optional.empty();
    } catch (ApplyStopped stopped) {
      return Optional.of(stopped);
    } finally {
      took = Duration.ofNanos(System.nanoTime() - start);
    }
  }
}
