package dev.lifeos.maven.mojo;

import dev.lifeos.maven.buildcheck.BuildCheck;
import dev.lifeos.maven.buildcheck.BuildPlugin;
import dev.lifeos.maven.buildcheck.ConfigNode;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.support.Lifecycle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Reads the service's effective build for its own settings that would silently defeat a LifeOS
 * gate, and says in one line each what to change:
 *
 * <ul>
 *   <li>a second Java formatter beside the lint gate (spring-javaformat-maven-plugin,
 *       formatter-maven-plugin, fmt-maven-plugin, or a Spotless formatter of the service's own
 *       merged into ours): fails while {@code lifeos.lint.skip} is false;
 *   <li>a Surefire or Failsafe {@code <argLine>} without {@code @{argLine}}, which drops the JaCoCo
 *       agent: fails while {@code lifeos.coverage.skip} is false in a build that runs tests, warns
 *       in one that does not ({@code spring-boot:run}, {@code compile}).
 * </ul>
 *
 * <p>Bound at validate by {@code lifeos-parent}, before any formatter or test runs.
 */
@Mojo(name = "check-build", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckBuildMojo extends LifeosMojo {
  /** Skips this check. */
  @Parameter(property = "lifeos.checkBuild.skip", defaultValue = "false")
  private boolean skip;

  /** The lint gate's switch: no competing formatter is reported while lint is off. */
  @Parameter(property = "lifeos.lint.skip", defaultValue = "false")
  private boolean lintSkip;

  /** The coverage gates' switch: no argLine is reported while coverage is off. */
  @Parameter(property = "lifeos.coverage.skip", defaultValue = "false")
  private boolean coverageSkip;

  /** Maven's switch for every test: an argLine of tests that do not run drops nothing. */
  @Parameter(property = "skipTests", defaultValue = "false")
  private boolean skipTests;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws GateFailure {
    boolean calledByName = mojoExecution.getExecutionId().startsWith("default-cli");
    boolean testsRun =
        !skipTests && (calledByName || Lifecycle.reaches(session.getGoals(), "test"));
    List<BuildPlugin> plugins = new ArrayList<>();
    for (Plugin plugin : project.getBuildPlugins()) {
      plugins.add(
          new BuildPlugin(plugin.getKey(), declaredIn(plugin.getKey()), configurations(plugin)));
    }
    BuildCheck.Findings findings =
        BuildCheck.check(plugins, new BuildCheck.Gates(!lintSkip, !coverageSkip, testsRun));
    findings.warnings().forEach(getLog()::warn);
    if (!findings.failures().isEmpty()) {
      throw new GateFailure(String.join(System.lineSeparator(), findings.failures()));
    }
  }

  private static List<ConfigNode> configurations(Plugin plugin) {
    List<ConfigNode> configurations = new ArrayList<>();
    Stream.concat(
            Stream.of(plugin.getConfiguration()),
            plugin.getExecutions().stream().map(PluginExecution::getConfiguration))
        .filter(Xpp3Dom.class::isInstance)
        .map(configuration -> node((Xpp3Dom) configuration))
        .forEach(configurations::add);
    return configurations;
  }

  private static ConfigNode node(Xpp3Dom dom) {
    List<ConfigNode> children = Arrays.stream(dom.getChildren()).map(CheckBuildMojo::node).toList();
    return new ConfigNode(dom.getName(), children.isEmpty() ? dom.getValue() : null, children);
  }

  /**
   * The POM a team changes to fix the plugin's setup: the nearest one, from this module up its
   * parents, that names the plugin and is not ours; this module's own when none does.
   */
  private String declaredIn(String key) {
    for (MavenProject pom = project; pom != null; pom = pom.getParent()) {
      if (!"dev.lifeos".equals(pom.getGroupId()) && names(pom.getOriginalModel().getBuild(), key)) {
        return describe(pom);
      }
    }
    return describe(project);
  }

  private static boolean names(Build build, String key) {
    if (build == null) {
      return false;
    }
    Stream<Plugin> managed =
        build.getPluginManagement() == null
            ? Stream.empty()
            : build.getPluginManagement().getPlugins().stream();
    return Stream.concat(build.getPlugins().stream(), managed)
        .anyMatch(plugin -> key.equals(plugin.getKey()));
  }

  /**
   * {@code pom.xml} or {@code orders-api/pom.xml} inside the build; a parent from a repository by
   * its id.
   */
  private String describe(MavenProject pom) {
    Path root = Path.of(session.getExecutionRootDirectory()).toAbsolutePath();
    if (pom.getFile() != null) {
      Path file = pom.getFile().toPath().toAbsolutePath();
      if (file.startsWith(root) && !file.getFileName().toString().endsWith(".pom")) {
        return root.relativize(file).toString();
      }
    }
    return "the parent POM " + pom.getId();
  }
}
