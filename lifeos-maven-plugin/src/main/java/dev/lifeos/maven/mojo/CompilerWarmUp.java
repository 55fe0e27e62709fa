package dev.lifeos.maven.mojo;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * Starts lifeos-javac's warm-up compile ({@code dev.lifeos.javac.ReusingJavac.warmUp}) in
 * maven-compiler-plugin's own class realm, the one the module's compiles will run in: the realm is
 * Maven's cached one for the plugin as the project declares it, so the Error Prone the warm-up
 * loads is the one javac then finds.
 */
final class CompilerWarmUp {
  static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";
  private static final String ENTRY = "dev.lifeos.javac.ReusingJavac";

  private CompilerWarmUp() {}

  /**
   * Starts it, or says why not: the project's compiler is not lifeos-javac (another {@code
   * compilerId}, no lifeos-javac dependency).
   */
  static Optional<String> start(
      BuildPluginManager pluginManager,
      MavenSession session,
      MavenProject project,
      String processorPath)
      throws Exception {
    Plugin compiler = project.getPlugin(COMPILER_PLUGIN);
    if (compiler == null) {
      return Optional.of("the build declares no " + COMPILER_PLUGIN);
    }
    PluginDescriptor descriptor =
        pluginManager.loadPlugin(
            compiler, project.getRemotePluginRepositories(), session.getRepositorySession());
    Class<?> javac;
    try {
      javac = pluginManager.getPluginRealm(session, descriptor).loadClass(ENTRY);
    } catch (ClassNotFoundException e) {
      return Optional.of(COMPILER_PLUGIN + " has no lifeos-javac dependency");
    }
    try {
      javac.getMethod("warmUp", String.class).invoke(null, processorPath);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("lifeos-javac's warm-up failed to start", e.getCause());
    }
    return Optional.empty();
  }
}
