package dev.lifeos.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.config.FlywayMavenPlugin;
import java.io.StringReader;
import java.util.Map;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class FlywayPluginParametersTest {
  @Test
  void theMojoHandsTheConfigurationAsMavenParsedItToTheReader() throws Exception {
    var configuration =
        Xpp3DomBuilder.build(
            new StringReader(
                """
                <configuration>
                  <locations><location>filesystem:src/main/sql</location><location>classpath:db/x</location></locations>
                  <sqlMigrationPrefix></sqlMigrationPrefix>
                  <outOfOrder>true</outOfOrder>
                  <placeholders><owner>app</owner></placeholders>
                  <pluginConfiguration><postgresqlTransactionalLock>false</postgresqlTransactionalLock></pluginConfiguration>
                  <configFiles><configFile>conf/flyway.conf</configFile></configFiles>
                </configuration>
                """));

    FlywayMavenPlugin plugin =
        new FlywayMavenPlugin(MigrationsMojo.flywayPluginParameters(configuration));

    assertThat(plugin.settings().properties())
        .containsOnly(
            Map.entry("flyway.locations", "filesystem:src/main/sql,classpath:db/x"),
            Map.entry("flyway.outOfOrder", "true"),
            Map.entry("flyway.placeholders.owner", "app"),
            Map.entry("flyway.postgresql.transactional.lock", "false"));
    assertThat(plugin.configFiles()).containsExactly("conf/flyway.conf");
  }
}
