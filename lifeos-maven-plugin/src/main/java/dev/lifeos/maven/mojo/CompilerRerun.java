package dev.lifeos.maven.mojo;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;

/**
 * Runs one of the module's maven-compiler-plugin executions again, exactly as the lifecycle
 * configured it. Its configuration is evaluated anew, so project properties a lifeos goal changed
 * since (the Error Prone flags) take effect.
 */
final class CompilerRerun {
  private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";

  private final MavenSession session;
  private final LifecycleExecutor lifecycle;
  private final BuildPluginManager plugins;

  CompilerRerun(MavenSession session, LifecycleExecutor lifecycle, BuildPluginManager plugins) {
    this.session = session;
    this.lifecycle = lifecycle;
    this.plugins = plugins;
  }

  /**
   * @param phase the phase the execution is bound to ({@code compile})
   * @param executionId its id ({@code default-compile})
   */
  void run(String phase, String executionId) throws Exception {
    MojoExecution execution =
        lifecycle.calculateExecutionPlan(session, phase).getMojoExecutions().stream()
            .filter(e -> COMPILER.equals(e.getPlugin().getKey()))
            .filter(e -> executionId.equals(e.getExecutionId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no maven-compiler-plugin execution " + executionId + " in " + phase));
    plugins.executeMojo(session, execution);
  }
}
