package dev.lifeos.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

class FlywayPluginConfigurationTest {
  private static FlywayPluginConfiguration of(String xml) throws Exception {
    return new FlywayPluginConfiguration(
        Xpp3DomBuilder.build(new StringReader("<configuration>" + xml + "</configuration>")));
  }

  @Test
  void readsParametersListsPlaceholdersAndPluginConfigurationAsTheFlywayPluginDoes()
      throws Exception {
    FlywayPluginConfiguration plugin =
        of(
            """
            <url>jdbc:postgresql://prod/app</url>
            <password>secret</password>
            <locations><location>filesystem:src/main/sql</location><location>classpath:db/x</location></locations>
            <schemas>ledger,audit</schemas>
            <outOfOrder>true</outOfOrder>
            <sqlMigrationPrefix></sqlMigrationPrefix>
            <placeholders><owner>app</owner></placeholders>
            <pluginConfiguration><postgresqlTransactionalLock>false</postgresqlTransactionalLock></pluginConfiguration>
            <configFiles><configFile>conf/flyway.conf</configFile></configFiles>
            """);

    assertThat(plugin.settings().properties())
        .containsOnly(
            Map.entry("flyway.locations", "filesystem:src/main/sql,classpath:db/x"),
            Map.entry("flyway.schemas", "ledger,audit"),
            Map.entry("flyway.outOfOrder", "true"),
            Map.entry("flyway.placeholders.owner", "app"),
            Map.entry("flyway.postgresql.transactional.lock", "false"));
    assertThat(plugin.configFiles()).containsExactly("conf/flyway.conf");
  }

  @Test
  void noConfigurationSetsNothing() {
    FlywayPluginConfiguration plugin = new FlywayPluginConfiguration(null);

    assertThat(plugin.settings().properties()).isEmpty();
    assertThat(plugin.configFiles()).isEmpty();
  }

  @Test
  void flywayProjectPropertiesKeepAnEmptyValue() {
    Properties properties = new Properties();
    properties.setProperty("flyway.sqlMigrationPrefix", "");
    properties.setProperty("flyway.user", "admin");
    properties.setProperty("lifeos.migrations.database", "h2");

    assertThat(FlywayPluginConfiguration.properties(properties).properties())
        .containsOnly(Map.entry("flyway.sqlMigrationPrefix", ""));
  }
}
