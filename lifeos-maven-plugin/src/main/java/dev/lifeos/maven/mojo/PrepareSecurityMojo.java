package dev.lifeos.maven.mojo;

import dev.lifeos.maven.security.ParkedAnalysis;
import dev.lifeos.maven.security.SpotBugsInvocation;
import dev.lifeos.maven.security.SpotBugsLauncher;
import dev.lifeos.maven.support.Daemon;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Loads spotbugs-maven-plugin (its descriptor, and its class realm: resolving and opening its
 * hundred-odd artifacts) in the background while the module is linted and compiled, and starts the
 * analysis' JVM ahead ({@link ParkedAnalysis}: it loads SpotBugs, then waits for its command line),
 * so that {@code lifeos:security-analyze} (process-classes) hands it the command line at once.
 * Maven keeps a plugin's class realm for the whole build, and sets one up once even when two
 * threads ask for it. lifeos-parent binds it at validate. Nothing is loaded when security-analyze
 * will not start SpotBugs: the gate is off, the analysis runs in the build, or nobody awaits it.
 */
@Mojo(name = "prepare-security", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class PrepareSecurityMojo extends BackgroundSecurityMojo {
  @Override
  protected void run() {
    Plugin plugin = project.getPlugin(SpotBugsParameters.PLUGIN_KEY);
    if (plugin == null || !analysisAwaited()) {
      return;
    }
    Daemon.start(
        "lifeos-load-spotbugs",
        () -> {
          try {
            PluginDescriptor descriptor = loadSpotBugs(plugin);
            pluginManager.getPluginRealm(session, descriptor);
            park(descriptor, evaluate(descriptor, spotbugsConfiguration(plugin)));
          } catch (Exception | LinkageError e) {
            // security-analyze loads it again, and reports what fails
          }
        });
    getLog().debug("Loading " + SpotBugsParameters.PLUGIN_KEY + " in the background.");
  }

  /**
   * Starts the analysis' JVM, which loads SpotBugs and waits for its command line; not for an
   * analysis that waits for the test classes (includeTests), nor when this JVM's own plugin jar
   * cannot be found to hold the launcher.
   */
  private void park(PluginDescriptor descriptor, SpotBugsInvocation spotbugs) throws Exception {
    Optional<Path> launcher = ownJar();
    if (spotbugs.skipped() || spotbugs.includeTests() || launcher.isEmpty()) {
      return;
    }
    analyses()
        .park(
            project,
            ParkedAnalysis.start(
                analysisJvm(descriptor, spotbugs),
                launcher.get(),
                Path.of(project.getBuild().getDirectory()),
                log()));
  }

  private static Optional<Path> ownJar() throws URISyntaxException {
    CodeSource source = SpotBugsLauncher.class.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null
        ? Optional.empty()
        : Optional.of(Path.of(source.getLocation().toURI()));
  }
}
