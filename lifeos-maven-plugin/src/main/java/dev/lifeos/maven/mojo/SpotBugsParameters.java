package dev.lifeos.maven.mojo;

import dev.lifeos.maven.security.SpotBugsInvocation;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * spotbugs-maven-plugin's {@code spotbugs} goal's parameters as Maven would configure them for one
 * of the build's executions of that plugin: the execution's configuration over the plugin's, then
 * each parameter's property and default from the goal's descriptor, evaluated now, so that
 * properties set while the build runs (lifeos:security-scope's, lifeos:ratchet's) count.
 */
final class SpotBugsParameters {
  static final String PLUGIN_KEY = "com.github.spotbugs:spotbugs-maven-plugin";

  private static final Set<String> LISTS =
      Set.of("includeFilterFiles", "excludeFilterFiles", "excludeBugsFiles");

  private SpotBugsParameters() {}

  /** The execution's configuration over the plugin's (either may be missing). */
  static Xpp3Dom configuration(Plugin plugin, String executionId) {
    Xpp3Dom pluginLevel =
        plugin.getConfiguration() instanceof Xpp3Dom dom ? new Xpp3Dom(dom) : new Xpp3Dom("c");
    PluginExecution execution = plugin.getExecutionsAsMap().get(executionId);
    if (execution != null && execution.getConfiguration() instanceof Xpp3Dom dom) {
      return Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(dom), pluginLevel);
    }
    return pluginLevel;
  }

  static SpotBugsInvocation evaluate(
      MavenSession session,
      MavenProject project,
      MojoDescriptor goal,
      String executionId,
      Xpp3Dom configuration)
      throws ExpressionEvaluationException {
    MojoExecution execution = new MojoExecution(goal, executionId);
    execution.setConfiguration(configuration);
    PluginParameterExpressionEvaluator evaluator =
        new PluginParameterExpressionEvaluator(session, execution);
    Map<String, String> scalars = new HashMap<>();
    Map<String, List<String>> lists = new HashMap<>();
    for (Parameter parameter : goal.getParameters()) {
      String name = parameter.getName();
      Xpp3Dom node = configuration.getChild(name);
      if (node == null && parameter.getAlias() != null) {
        node = configuration.getChild(parameter.getAlias());
      }
      if (LISTS.contains(name)) {
        lists.put(name, children(node, evaluator, false));
      } else if ("systemPropertyVariables".equals(name)) {
        lists.put(name, children(node, evaluator, true));
      } else if (!"plugins".equals(name)) {
        String text = node != null ? node.getValue() : parameter.getExpression();
        Object value = text == null ? null : evaluator.evaluate(text);
        if (value == null && parameter.getDefaultValue() != null) {
          value = evaluator.evaluate(parameter.getDefaultValue());
        }
        if (value instanceof String || value instanceof File || value instanceof Boolean) {
          scalars.put(name, value.toString());
        } else if (value instanceof Number number) {
          scalars.put(name, number.toString());
        }
      }
    }
    String jvmArgs = scalars.get("jvmArgs");
    lists.put(
        "jvmArgs",
        jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.trim().split("\\s+")));
    List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
    if (Boolean.parseBoolean(scalars.get("includeTests"))) {
      roots.addAll(project.getTestCompileSourceRoots());
    }
    lists.put("sourceRoots", roots);
    return new SpotBugsInvocation(scalars, lists);
  }

  /** The {@code <plugin>} elements of the {@code plugins} parameter, as coordinates. */
  static List<String> detectorPlugins(Xpp3Dom configuration) {
    List<String> coordinates = new ArrayList<>();
    Xpp3Dom plugins = configuration.getChild("plugins");
    if (plugins == null) {
      return coordinates;
    }
    for (Xpp3Dom plugin : plugins.getChildren()) {
      String classifier = text(plugin, "classifier", "");
      coordinates.add(
          text(plugin, "groupId", "")
              + ":"
              + text(plugin, "artifactId", "")
              + ":"
              + text(plugin, "type", "jar")
              + (classifier.isEmpty() ? "" : ":" + classifier)
              + ":"
              + text(plugin, "version", ""));
    }
    return coordinates;
  }

  private static String text(Xpp3Dom parent, String child, String otherwise) {
    Xpp3Dom node = parent.getChild(child);
    return node == null || node.getValue() == null ? otherwise : node.getValue().trim();
  }

  private static List<String> children(
      Xpp3Dom node, PluginParameterExpressionEvaluator evaluator, boolean named)
      throws ExpressionEvaluationException {
    List<String> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    for (Xpp3Dom child : node.getChildren()) {
      Object value = child.getValue() == null ? null : evaluator.evaluate(child.getValue());
      if (value != null) {
        values.add(named ? child.getName() + "=" + value : value.toString());
      }
    }
    return values;
  }
}
