package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.migrations.Check;
import dev.lifeos.maven.migrations.Migration;
import dev.lifeos.maven.migrations.MigrationCatalog;
import dev.lifeos.maven.migrations.MigrationLocation;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.scan.JavaTokenizer;
import dev.lifeos.maven.migrations.trace.LockTrace;
import dev.lifeos.maven.rules.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies migrations with Flyway itself: SQL as the catalog read it from the project's migration
 * directories (so the goal needs no build step for them), Java migrations as the compiled classes
 * of their sources. The one place that builds a Flyway for a project's migrations, shared by
 * check-migrations and run-migrations.
 */
public final class FlywayApply {
  /**
   * What happened.
   *
   * @param applied migrations applied: after a failure, those the schema history records as applied
   *     (the real count, not Flyway's count of the failed run)
   * @param took wall time of migrate
   * @param problem why it stopped, when it did
   */
  public record Outcome(int applied, Duration took, Optional<Finding> problem) {}

  private FlywayApply() {}

  /**
   * A Flyway configuration for the migrations of {@code catalog}, connected through {@code session}
   * (its database, limits and lock mode): every setting of the project ({@link
   * MigrationSettings#configure}), the files the catalog validated as Flyway's only resources
   * ({@link CatalogResources}: Flyway scans nothing itself), the Java migrations as instances of
   * their compiled classes, Flyway's log routed through {@link FlywayLogBridge}. Clean is always
   * disabled. Callers add what they need and load it, and run it through the session.
   */
  public static FluentConfiguration configuration(
      MigrationSettings settings, MigrationCatalog catalog, ApplySession session)
      throws MissingClassException {
    ClassLoader loader = session.database().classLoader();
    return session
        .configure(settings.configure(loader))
        .resourceProvider(
            new CatalogResources(catalog, settings.encoding(), settings.maxFileSize()))
        .javaMigrationClassProvider(List::of)
        .javaMigrations(instantiate(catalog.javaMigrations(), loader))
        .loggers(FlywayLogBridge.LOGGERS)
        .cleanDisabled(true)
        .failOnMissingLocations(false);
  }

  /**
   * Applies every pending migration within {@code deadline}; whatever stops it becomes a problem
   * naming migration, statement and the fix.
   */
  public static Outcome migrate(
      MigrationSettings settings,
      MigrationCatalog catalog,
      Database database,
      Deadline deadline,
      MigrationLog log) {
    return migrate(settings, catalog, database, deadline, log, Optional.empty());
  }

  /**
   * {@link #migrate(MigrationSettings, MigrationCatalog, Database, Deadline, MigrationLog)}, with
   * {@code trace} following every statement of every migration (PostgreSQL).
   */
  public static Outcome migrate(
      MigrationSettings settings,
      MigrationCatalog catalog,
      Database database,
      Deadline deadline,
      MigrationLog log,
      Optional<LockTrace> trace) {
    long start = System.nanoTime();
    try (ApplySession session = new ApplySession(database, catalog, deadline, log, ran -> {})) {
      Flyway flyway;
      try {
        FluentConfiguration configuration = configuration(settings, catalog, session);
        trace.ifPresent(t -> traced(configuration, t));
        flyway = configuration.load();
      } catch (MissingClassException e) {
        return new Outcome(0, Duration.ZERO, Optional.of(e.problem));
      }
      try {
        MigrateResult result = session.call(flyway::migrate);
        return new Outcome(
            result.migrationsExecuted,
            Duration.ofNanos(System.nanoTime() - start),
            Optional.empty());
      } catch (ApplyStopped stopped) {
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        int applied =
            session.afterwards(flyway::info).map(FlywayApply::applied).orElse(session.ran().size());
        return new Outcome(
            applied, took, Optional.of(problem(stopped, database, catalog.locations())));
      }
    }
  }

  /** Adds {@code trace} beside the configuration's callbacks and under its connections. */
  private static void traced(FluentConfiguration configuration, LockTrace trace) {
    Callback[] callbacks =
        Arrays.copyOf(configuration.getCallbacks(), configuration.getCallbacks().length + 1);
    callbacks[callbacks.length - 1] = trace;
    configuration.dataSource(trace.wrap(configuration.getDataSource())).callbacks(callbacks);
  }

  /** Migrations the schema history records as applied successfully (no markers, no failures). */
  public static int applied(MigrationInfoService info) {
    return (int)
        Arrays.stream(info.applied())
            .filter(m -> !m.getType().isSynthetic())
            .filter(m -> m.getState().isApplied() && !m.getState().isFailed())
            .count();
  }

  private static Finding problem(
      ApplyStopped stopped, Database database, List<MigrationLocation> locations) {
    String fix =
        stopped
            .fix()
            .orElse(
                "fix the migration so that it applies, in order, to an empty database"
                    + (database.description().startsWith("H2")
                        ? "; if it is PostgreSQL-only SQL that H2 cannot run, check it on"
                            + " PostgreSQL with -Dlifeos.migrations.database=postgresql"
                        : ""));
    String verb =
        stopped.kind() == ApplyStopped.Kind.SQL_ERROR
                || stopped.kind() == ApplyStopped.Kind.TOO_DEEP
            ? " does not apply to "
            : " could not be applied to ";
    return Finding.of(
        Check.APPLY_FAILED,
        stopped.file().orElse(locations.get(0).directory()),
        stopped.failure().map(MigrationFailure::line).orElse(0),
        stopped
            .script()
            .map(
                script ->
                    script
                        + verb
                        + database.description()
                        + stopped.where()
                        + " -> "
                        + stopped.what())
            .orElse(
                "Flyway could not apply the migrations to "
                    + database.description()
                    + ": "
                    + stopped.what()),
        fix);
  }

  private static JavaMigration[] instantiate(List<Migration> migrations, ClassLoader loader)
      throws MissingClassException {
    List<JavaMigration> instances = new ArrayList<>();
    for (Migration migration : migrations) {
      String className = className(migration);
      try {
        Object instance =
            Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
        if (!(instance instanceof JavaMigration javaMigration)) {
          throw new MissingClassException(
              Finding.of(
                  Check.APPLY_FAILED,
                  migration.file(),
                  className + " is named as a migration but is not a Flyway JavaMigration.",
                  "extend org.flywaydb.core.api.migration.BaseJavaMigration, or rename it"));
        }
        instances.add(javaMigration);
      } catch (ClassNotFoundException e) {
        throw new MissingClassException(
            Finding.of(
                Check.APPLY_FAILED,
                migration.file(),
                "Java migration " + className + " is not compiled yet.",
                "compile first: ./mvnw process-classes lifeos:check-migrations (the parent binds"
                    + " check-migrations after compile)"));
      } catch (ReflectiveOperationException | LinkageError e) {
        throw new MissingClassException(
            Finding.of(
                Check.APPLY_FAILED,
                migration.file(),
                "Java migration " + className + " cannot be created: " + e,
                "give it a public no-argument constructor"));
      }
    }
    return instances.toArray(JavaMigration[]::new);
  }

  /** The class a Java migration source declares: its package plus the file's name. */
  static String className(Migration migration) {
    List<JavaTokenizer.Token> tokens = JavaTokenizer.tokens(migration.text());
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).symbol() && tokens.get(i).text().equals("package")) {
        for (int j = i + 1; j < tokens.size() && !tokens.get(j).isSymbol(';'); j++) {
          name.append(tokens.get(j).text());
        }
        name.append('.');
        break;
      }
    }
    String file = migration.fileName();
    return name + file.substring(0, file.length() - ".java".length());
  }

  /** A Java migration that cannot be instantiated: reported as a problem, not thrown further. */
  public static final class MissingClassException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Finding problem;

    MissingClassException(Finding problem) {
      super(problem.message());
      this.problem = problem;
    }

    public Finding problem() {
      return problem;
    }
  }
}
