package dev.lifeos.maven.migrations.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.migrations.config.FlywayMavenPlugin.Element;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

class FlywayMavenPluginTest {
  /** The plugin as a POM's {@code <configuration>} holding {@code xml} configures it. */
  private static FlywayMavenPlugin of(String xml) throws Exception {
    org.w3c.dom.Element configuration =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader("<configuration>" + xml + "</configuration>")))
            .getDocumentElement();
    List<Element> parameters = new ArrayList<>();
    for (org.w3c.dom.Element parameter : children(configuration)) {
      List<Element> items = new ArrayList<>();
      for (org.w3c.dom.Element item : children(parameter)) {
        items.add(new Element(item.getTagName(), item.getTextContent(), List.of()));
      }
      parameters.add(
          new Element(
              parameter.getTagName(), items.isEmpty() ? parameter.getTextContent() : null, items));
    }
    return new FlywayMavenPlugin(parameters);
  }

  private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent) {
    List<org.w3c.dom.Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof org.w3c.dom.Element element) {
        children.add(element);
      }
    }
    return children;
  }

  @Test
  void aListIsReadFromItsItemsOrFromCommaSeparatedText() throws Exception {
    assertThat(
            of("""
                <locations>
                  <location>filesystem:src/main/sql</location>
                  <location> classpath:db/x </location>
                </locations>
                <schemas>ledger,audit</schemas>
                """)
                .settings()
                .properties())
        .containsOnly(
            Map.entry("flyway.locations", "filesystem:src/main/sql,classpath:db/x"),
            Map.entry("flyway.schemas", "ledger,audit"));
  }

  @Test
  void anEmptyElementSetsNothingAsInMaven() throws Exception {
    assertThat(of("<sqlMigrationPrefix></sqlMigrationPrefix><table/>").settings().properties())
        .isEmpty();
  }

  @Test
  void placeholdersAreAMapAndPluginConfigurationKeysAreSplitAtTheirCamelCase() throws Exception {
    assertThat(
            of("""
                <placeholders><owner>app</owner><schema_name> ledger </schema_name></placeholders>
                <pluginConfiguration>
                  <postgresqlTransactionalLock>false</postgresqlTransactionalLock>
                </pluginConfiguration>
                """)
                .settings()
                .properties())
        .containsOnly(
            Map.entry("flyway.placeholders.owner", "app"),
            Map.entry("flyway.placeholders.schema_name", "ledger"),
            Map.entry("flyway.postgresql.transactional.lock", "false"));
  }

  @Test
  void aRealProjectsMixOfSettingsKeepsWhatTheCheckReadsAndLeavesConnectionSettingsOut()
      throws Exception {
    FlywayMavenPlugin plugin =
        of(
            """
            <url>jdbc:postgresql://prod/app</url>
            <user>app</user>
            <password>secret</password>
            <locations><location>classpath:db/migration/{vendor}</location></locations>
            <outOfOrder>true</outOfOrder>
            <mixed>true</mixed>
            <baselineVersion>0</baselineVersion>
            <ignoreMigrationPatterns>*:missing,*:future</ignoreMigrationPatterns>
            <callbacks><callback>com.acme.Audit</callback></callbacks>
            <configFiles><configFile>conf/flyway.conf</configFile><configFile>flyway.toml</configFile></configFiles>
            """);

    assertThat(plugin.settings().properties())
        .containsOnly(
            Map.entry("flyway.locations", "classpath:db/migration/{vendor}"),
            Map.entry("flyway.outOfOrder", "true"),
            Map.entry("flyway.mixed", "true"),
            Map.entry("flyway.baselineVersion", "0"),
            Map.entry("flyway.ignoreMigrationPatterns", "*:missing,*:future"));
    assertThat(plugin.configFiles()).containsExactly("conf/flyway.conf", "flyway.toml");
  }

  @Test
  void noConfigurationSetsNothing() {
    FlywayMavenPlugin plugin = new FlywayMavenPlugin(List.of());

    assertThat(plugin.settings().properties()).isEmpty();
    assertThat(plugin.configFiles()).isEmpty();
  }

  @Test
  void flywayProjectPropertiesKeepAnEmptyValue() {
    Properties properties = new Properties();
    properties.setProperty("flyway.sqlMigrationPrefix", "");
    properties.setProperty("flyway.user", "admin");
    properties.setProperty("lifeos.migrations.database", "h2");

    assertThat(FlywayMavenPlugin.properties(properties).properties())
        .containsOnly(Map.entry("flyway.sqlMigrationPrefix", ""));
  }
}
