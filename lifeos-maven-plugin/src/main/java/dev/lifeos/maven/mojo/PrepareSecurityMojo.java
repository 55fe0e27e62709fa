package dev.lifeos.maven.mojo;

import org.apache.maven.model.Plugin;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Loads spotbugs-maven-plugin (its descriptor, and its class realm: resolving and opening its
 * hundred-odd artifacts) in the background while the module is linted and compiled, so that {@code
 * lifeos:security-analyze} (process-classes) finds it loaded and starts SpotBugs at once. Maven
 * keeps a plugin's class realm for the whole build, and sets one up once even when two threads ask
 * for it. lifeos-parent binds it at validate. Nothing is loaded when security-analyze will not
 * start SpotBugs: the gate is off, the analysis runs in the build, or nobody awaits it.
 */
@Mojo(name = "prepare-security", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class PrepareSecurityMojo extends BackgroundSecurityMojo {
  @Override
  protected void run() {
    Plugin plugin = project.getPlugin(SpotBugsParameters.PLUGIN_KEY);
    if (plugin == null || !analysisAwaited()) {
      return;
    }
    Thread loading =
        new Thread(
            () -> {
              try {
                pluginManager.getPluginRealm(session, loadSpotBugs(plugin));
              } catch (Exception | LinkageError e) {
                // security-analyze loads it again, and reports what fails
              }
            },
            "lifeos-load-spotbugs");
    loading.setDaemon(true);
    loading.start();
    getLog().debug("Loading " + SpotBugsParameters.PLUGIN_KEY + " in the background.");
  }
}
