package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.ProjectLayout;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/**
 * What the migration goals share: where the migrations are and how they are named (Flyway's
 * settings), the dialect the danger rules assume, and the approvals file.
 *
 * <p>Each naming setting is taken from, in order: this goal's parameter, the project's {@code
 * flyway-maven-plugin} configuration, Flyway's default. A project that configured Flyway once is
 * checked by those settings without repeating them.
 */
abstract class MigrationsMojo extends LifeosMojo {
  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Component private RepositorySystem repositorySystem;

  private static final String FLYWAY_PLUGIN = "org.flywaydb:flyway-maven-plugin";

  /**
   * Flyway locations to check, comma-separated: {@code classpath:<path>} (that path under every
   * resource root for SQL, and under every source root for Java migrations) or {@code
   * filesystem:<dir>} (relative to the project). Default: the flyway-maven-plugin's locations, else
   * {@code classpath:db/migration}.
   */
  @Parameter(property = "lifeos.migrations.locations")
  protected List<String> locations;

  /** Prefix of versioned migrations. Default: flyway-maven-plugin's, else {@code V}. */
  @Parameter(property = "lifeos.migrations.sqlMigrationPrefix")
  protected String sqlMigrationPrefix;

  /** Prefix of repeatable migrations. Default: flyway-maven-plugin's, else {@code R}. */
  @Parameter(property = "lifeos.migrations.repeatableSqlMigrationPrefix")
  protected String repeatableSqlMigrationPrefix;

  /** Separator between version and description. Default: flyway-maven-plugin's, else {@code __}. */
  @Parameter(property = "lifeos.migrations.sqlMigrationSeparator")
  protected String sqlMigrationSeparator;

  /**
   * Suffixes of SQL migrations, comma-separated. Default: flyway-maven-plugin's, else {@code .sql}.
   */
  @Parameter(property = "lifeos.migrations.sqlMigrationSuffixes")
  protected List<String> sqlMigrationSuffixes;

  /**
   * Encoding of the migrations. Default: flyway-maven-plugin's, else {@code
   * project.build.sourceEncoding}, else UTF-8.
   */
  @Parameter(property = "lifeos.migrations.encoding")
  protected String encoding;

  /** Flyway placeholders for applying the migrations. Default: flyway-maven-plugin's. */
  @Parameter protected Map<String, String> placeholders;

  /**
   * The database the migrations are written for: {@code postgresql}, {@code mysql}, {@code h2} or
   * {@code other}. Rules about one database's locking (CREATE INDEX without CONCURRENTLY) apply
   * only to it. Default: from the project's dependencies (the PostgreSQL driver or Flyway's
   * PostgreSQL support means {@code postgresql}), else {@code other}.
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

  /** The goal's own skip switch (check and apply are switched off separately). */
  protected abstract boolean skip();

  @Override
  protected boolean isSkipped() {
    return skip() || "pom".equals(project.getPackaging());
  }

  protected ProjectLayout layout() {
    List<Path> resourceRoots = new ArrayList<>();
    for (Resource resource : project.getBuild().getResources()) {
      resourceRoots.add(Path.of(resource.getDirectory()));
    }
    List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
    return new ProjectLayout(
        project.getBasedir().toPath(),
        resourceRoots,
        sourceRoots,
        Path.of(project.getBuild().getOutputDirectory()));
  }

  protected MigrationSettings settings() throws GateFailure {
    MigrationSettings defaults = MigrationSettings.defaults();
    Xpp3Dom flyway = flywayPluginConfiguration();
    String charset =
        first(
            encoding,
            text(flyway, "encoding"),
            project.getProperties().getProperty("project.build.sourceEncoding"),
            "UTF-8");
    try {
      return new MigrationSettings(
          first(nonEmpty(locations), list(flyway, "locations"), defaults.locations()),
          first(sqlMigrationPrefix, text(flyway, "sqlMigrationPrefix"), defaults.versionedPrefix()),
          first(
              repeatableSqlMigrationPrefix,
              text(flyway, "repeatableSqlMigrationPrefix"),
              defaults.repeatablePrefix()),
          first(sqlMigrationSeparator, text(flyway, "sqlMigrationSeparator"), defaults.separator()),
          first(
              nonEmpty(sqlMigrationSuffixes),
              list(flyway, "sqlMigrationSuffixes"),
              defaults.suffixes()),
          Charset.forName(charset),
          first(placeholders, map(flyway, "placeholders"), Map.of()));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new GateFailure(
          "Encoding '"
              + charset
              + "' is not known: set -Dlifeos.migrations.encoding=UTF-8 (or the one your migrations use).");
    }
  }

  protected MigrationScanner scanner() throws GateFailure {
    return new MigrationScanner(dialect(), disabledRules == null ? List.of() : disabledRules);
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

  /** The configured dialect, or the one the project's dependencies name. */
  protected Dialect dialect() {
    if (dialect != null && !dialect.isBlank()) {
      return Dialect.fromName(dialect);
    }
    Function<String, Boolean> declares =
        group -> project.getDependencies().stream().anyMatch(d -> d.getGroupId().equals(group));
    if (declares.apply("org.postgresql")
        || project.getDependencies().stream()
            .anyMatch(d -> d.getArtifactId().equals("flyway-database-postgresql"))) {
      return Dialect.POSTGRESQL;
    }
    if (declares.apply("com.mysql")
        || declares.apply("mysql")
        || declares.apply("org.mariadb.jdbc")) {
      return Dialect.MYSQL;
    }
    return Dialect.OTHER;
  }

  private Xpp3Dom flywayPluginConfiguration() {
    Plugin plugin = project.getBuild().getPluginsAsMap().get(FLYWAY_PLUGIN);
    return plugin != null && plugin.getConfiguration() instanceof Xpp3Dom dom ? dom : null;
  }

  private static String text(Xpp3Dom configuration, String name) {
    Xpp3Dom child = configuration == null ? null : configuration.getChild(name);
    return child == null || child.getValue() == null ? null : child.getValue().trim();
  }

  private static List<String> list(Xpp3Dom configuration, String name) {
    Xpp3Dom child = configuration == null ? null : configuration.getChild(name);
    if (child == null) {
      return null;
    }
    if (child.getChildCount() == 0) {
      return child.getValue() == null
          ? null
          : Arrays.stream(child.getValue().split(",")).map(String::trim).toList();
    }
    return Arrays.stream(child.getChildren()).map(c -> c.getValue().trim()).toList();
  }

  private static Map<String, String> map(Xpp3Dom configuration, String name) {
    Xpp3Dom child = configuration == null ? null : configuration.getChild(name);
    if (child == null) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    for (Xpp3Dom entry : child.getChildren()) {
      values.put(entry.getName(), entry.getValue() == null ? "" : entry.getValue());
    }
    return values;
  }

  private static <T> List<T> nonEmpty(List<T> values) {
    return values == null || values.isEmpty() ? null : values;
  }

  @SafeVarargs
  private static <T> T first(T... candidates) {
    for (T candidate : candidates) {
      if (candidate != null && !(candidate instanceof String s && s.isBlank())) {
        return candidate;
      }
    }
    throw new IllegalStateException("no default");
  }

  /**
   * JDBC drivers, H2 and embedded PostgreSQL, resolved from the project's repositories when needed.
   */
  final MavenRuntimeLibraries runtimeLibraries() {
    return new MavenRuntimeLibraries(
        repositorySystem, repositorySession, project.getRemoteProjectRepositories());
  }
}
