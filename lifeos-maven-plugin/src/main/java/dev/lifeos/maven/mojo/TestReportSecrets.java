package dev.lifeos.maven.mojo;

import dev.lifeos.maven.secrets.SecretMasker;
import dev.lifeos.maven.secrets.SecretNames;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.plugin.MojoExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Keeps secret-valued {@code lifeos.*} and {@code jib.*} properties given with {@code -D} ({@code
 * -Dlifeos.migrations.password=...}, a {@code -Dlifeos.db.url} with a password in it, {@code
 * -Djib.to.auth.password=...}) out of Surefire's and Failsafe's test JVMs, and so out of the {@code
 * <properties>} of their {@code TEST-*.xml} reports, which CI keeps as artifacts.
 *
 * <p>Surefire copies every user property into the test JVM's system properties, over its own {@code
 * systemPropertyVariables}, and its XML reporter writes that JVM's system properties into the
 * report of every test set that did not pass ({@code enablePropertiesElement=false}, which
 * lifeos-parent sets, spares only the passing ones). So, just before such an execution is
 * configured and when a secret-valued property is among the user properties, this switches the
 * copying off ({@code promoteUserPropertiesToSystemProperties=false}, Surefire 3.4+) and copies
 * every other user property into {@code systemPropertyVariables} itself: the tests see the same
 * {@code -D} values as before, less the secrets, which no test needs.
 */
final class TestReportSecrets implements BuildEvents.Watcher {
  private static final String PROMOTE = "promoteUserPropertiesToSystemProperties";
  private static final String VARIABLES = "systemPropertyVariables";

  @Override
  public void mojoStarted(ExecutionEvent event) {
    MojoExecution execution = event.getMojoExecution();
    if (!"org.apache.maven.plugins".equals(execution.getGroupId())
        || !EnvInjection.TEST_RUNS.contains(
            execution.getArtifactId() + ":" + execution.getGoal())) {
      return;
    }
    Properties user = event.getSession().getUserProperties();
    Set<String> secrets = secretValued(user);
    if (secrets.isEmpty()) {
      return;
    }
    Xpp3Dom configuration = execution.getConfiguration();
    if (configuration == null) {
      configuration = new Xpp3Dom("configuration");
      execution.setConfiguration(configuration);
    }
    Xpp3Dom promote = child(configuration, PROMOTE);
    if ("false".equals(promote.getValue())) {
      return; // the POM already keeps every user property out
    }
    promote.setValue("false");
    Xpp3Dom variables = child(configuration, VARIABLES);
    for (String name : new TreeSet<>(user.stringPropertyNames())) {
      if (!secrets.contains(name)) {
        // a user property wins over the POM's value, as when Surefire copies it
        child(variables, name).setValue(EnvInjection.literal(user.getProperty(name)));
      }
    }
  }

  /** Names of the lifeos and jib user properties named like secrets or holding a password. */
  static Set<String> secretValued(Properties user) {
    Set<String> names = new TreeSet<>();
    for (String name : user.stringPropertyNames()) {
      if ((name.startsWith("lifeos.") || name.startsWith("jib."))
          && (SecretNames.isSecretName(name)
              || !SecretMasker.credentialsIn(user.getProperty(name)).isEmpty())) {
        names.add(name);
      }
    }
    return names;
  }

  private static Xpp3Dom child(Xpp3Dom parent, String name) {
    Xpp3Dom child = parent.getChild(name);
    if (child == null) {
      child = new Xpp3Dom(name);
      parent.addChild(child);
    }
    return child;
  }
}
