package dev.lifeos.maven.mojo;

import dev.lifeos.maven.support.Lifecycle;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that run SpotBugs beside the build share: their switches, when the analysis is
 * awaited, and how spotbugs-maven-plugin is loaded (its descriptor and class realm, which Maven
 * caches for the whole build).
 */
abstract class BackgroundSecurityMojo extends LifeosMojo {
  /** Switches the security gate off; this goal then does nothing either. */
  @Parameter(property = "lifeos.security.skip", defaultValue = "false")
  protected boolean skip;

  /**
   * Analyse beside the build. {@code false}: this goal does nothing, and lifeos-parent lets
   * spotbugs-maven-plugin analyse in the build ({@code spotbugs:check} at verify).
   */
  @Parameter(property = "lifeos.security.background", defaultValue = "true")
  protected boolean background;

  @Component protected BuildPluginManager pluginManager;

  @Override
  protected boolean isSkipped() {
    return skip || !background || "pom".equals(project.getPackaging());
  }

  /**
   * Whether lifeos:security-await will collect an analysis started in this build: the build reaches
   * verify, or lifeos:baseline records what it finds.
   */
  protected final boolean analysisAwaited() {
    return Lifecycle.reaches(session.getGoals(), "verify") || BaselineRecording.isOn(session);
  }

  /** spotbugs-maven-plugin's descriptor (its class realm is {@code pluginManager}'s to set up). */
  protected final PluginDescriptor loadSpotBugs(Plugin plugin) throws Exception {
    return pluginManager.loadPlugin(
        plugin, project.getRemotePluginRepositories(), session.getRepositorySession());
  }
}
