package dev.lifeos.maven.mojo;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Hands a module's CI environment to its Surefire and Failsafe test runs: just before Maven
 * configures such an execution, each variable is added to its {@code environmentVariables}, unless
 * the POM sets that variable itself (the POM wins).
 *
 * <p>A map of variables cannot travel through a property, so the variables are added to the
 * execution's configuration, which Maven reads right after announcing the execution's start.
 */
final class EnvInjection implements BuildEvents.Watcher {
  /** plugin artifactId:goal of the executions that fork test JVMs. */
  static final Set<String> TEST_RUNS =
      Set.of("maven-surefire-plugin:test", "maven-failsafe-plugin:integration-test");

  private static final String PARAMETER = "environmentVariables";

  private final Map<String, Map<String, String>> variablesByModule = new ConcurrentHashMap<>();

  void register(MavenProject project, Map<String, String> variables) {
    variablesByModule.put(project.getId(), Map.copyOf(variables));
  }

  /** {@code value} as a configuration value Maven takes literally: $$ is its escape for $. */
  static String literal(String value) {
    return value.replace("$", "$$");
  }

  @Override
  public void mojoStarted(ExecutionEvent event) {
    MojoExecution execution = event.getMojoExecution();
    Map<String, String> variables = variablesByModule.get(event.getProject().getId());
    if (variables == null
        || !"org.apache.maven.plugins".equals(execution.getGroupId())
        || !TEST_RUNS.contains(execution.getArtifactId() + ":" + execution.getGoal())) {
      return;
    }
    Xpp3Dom configuration = execution.getConfiguration();
    if (configuration == null) {
      configuration = new Xpp3Dom("configuration");
      execution.setConfiguration(configuration);
    }
    Xpp3Dom environment = configuration.getChild(PARAMETER);
    if (environment == null) {
      environment = new Xpp3Dom(PARAMETER);
      configuration.addChild(environment);
    }
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      if (environment.getChild(variable.getKey()) == null) {
        Xpp3Dom entry = new Xpp3Dom(variable.getKey());
        entry.setValue(literal(variable.getValue()));
        environment.addChild(entry);
      }
    }
  }
}
