package dev.lifeos.maven.mojo;

import dev.lifeos.maven.security.SpotBugsInvocation;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.support.Lifecycle;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;
import org.codehaus.plexus.util.xml.Xpp3Dom;

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

  /** The execution of spotbugs-maven-plugin whose configuration (over the plugin's) applies. */
  @Parameter(property = "lifeos.security.spotbugsExecution", defaultValue = "lifeos-security")
  protected String spotbugsExecution;

  @Component protected BuildPluginManager pluginManager;

  @Component private ToolchainManager toolchains;

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

  /**
   * The plugin's configuration for {@link #spotbugsExecution}: the execution's over the plugin's.
   */
  protected final Xpp3Dom spotbugsConfiguration(Plugin plugin) {
    return SpotBugsParameters.configuration(plugin, spotbugsExecution);
  }

  /** The analysis the plugin's {@code spotbugs} goal would run in this build, now. */
  protected final SpotBugsInvocation evaluate(PluginDescriptor descriptor, Xpp3Dom configuration)
      throws Exception {
    return SpotBugsParameters.evaluate(
        session, project, descriptor.getMojo("spotbugs"), spotbugsExecution, configuration);
  }

  /** The JVM the analysis runs in: {@code java}, its options, {@code -cp} and its class path. */
  protected final List<String> analysisJvm(PluginDescriptor descriptor, SpotBugsInvocation spotbugs)
      throws GateFailure {
    List<String> jvm = new ArrayList<>();
    jvm.add(javaExecutable());
    jvm.addAll(spotbugs.jvmOptions());
    jvm.add("-cp");
    jvm.add(classpath(descriptor));
    return jvm;
  }

  /** Where the analysis writes its output. */
  protected final Path log() {
    return reportDirectory.toPath().resolve("security").resolve("spotbugs.log");
  }

  /** The build's analyses, started and parked. */
  protected final BackgroundAnalyses analyses() {
    return BuildEvents.of(session, getLog())
        .watcher(BackgroundAnalyses.class, BackgroundAnalyses::new);
  }

  /**
   * The build's JDK toolchain's java, else the JVM Maven runs on: as spotbugs-maven-plugin picks
   * it.
   */
  private String javaExecutable() {
    Toolchain toolchain = toolchains.getToolchainFromBuildContext("jdk", session);
    String tool = toolchain == null ? null : toolchain.findTool("java");
    if (tool != null) {
      return tool;
    }
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** SpotBugs' class path: the plugin's own resolved dependencies, as the plugin forks it. */
  private static String classpath(PluginDescriptor descriptor) {
    return String.join(
        File.pathSeparator,
        descriptor.getArtifacts().stream().map(a -> a.getFile().getAbsolutePath()).toList());
  }

  /** spotbugs-maven-plugin's descriptor (its class realm is {@code pluginManager}'s to set up). */
  protected final PluginDescriptor loadSpotBugs(Plugin plugin) throws Exception {
    return pluginManager.loadPlugin(
        plugin, project.getRemotePluginRepositories(), session.getRepositorySession());
  }
}
