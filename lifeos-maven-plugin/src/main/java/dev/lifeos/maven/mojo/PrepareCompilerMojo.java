package dev.lifeos.maven.mojo;

import dev.lifeos.maven.support.Daemon;
import dev.lifeos.maven.support.Lifecycle;
import dev.lifeos.maven.typecheck.InProcessJavac;
import dev.lifeos.maven.typecheck.ProcessorPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

/**
 * Starts a warm-up compile of a small class with Error Prone, on a thread of its own, in
 * maven-compiler-plugin's class realm, where lifeos-javac keeps Error Prone loaded for the build's
 * compiles: Error Prone is loaded and the JIT has compiled javac's and Error Prone's hot paths
 * while Spotless and the dependency checks run, so the module's first compile runs warm.
 * lifeos-parent's {@code lifeos-typecheck} profile binds it at validate.
 *
 * <p>It warms the processor path of Error Prone and NullAway alone, which is the module's own when
 * the module has no annotation processors; a module with processors gets no shared Error Prone
 * (lifeos-javac) and the warm-up is of no use to it, but harmless. Nothing starts unless the build
 * compiles, javac runs in Maven's JVM ({@code .mvn/jvm.config}) and the module has no class files
 * yet (otherwise javac may well have nothing to compile). Best effort: whatever goes wrong in the
 * warm-up only means a cold first compile.
 */
@Mojo(name = "prepare-compiler", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class PrepareCompilerMojo extends LifeosMojo {
  /** Switches the goal off, with the typecheck. */
  @Parameter(property = "lifeos.typecheck.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Whether to warm up; {@code false} leaves the first compile cold, as before this goal existed.
   */
  @Parameter(property = "lifeos.typecheck.warmUp", defaultValue = "true")
  private boolean warmUp;

  /**
   * The javac plugins the module's compiles run, {@code groupId:artifactId:version}: the same as
   * {@code prepare-typecheck}'s (lifeos-parent lists Error Prone and NullAway for both).
   */
  @Parameter(required = true)
  private List<String> analyzers;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Component private RepositorySystem repositorySystem;

  @Component private BuildPluginManager pluginManager;

  @Override
  protected boolean isSkipped() {
    return skip || "pom".equals(project.getPackaging());
  }

  @Override
  protected void run() throws Exception {
    Optional<String> notNow = whyNoWarmUp();
    if (notNow.isPresent()) {
      getLog().debug("No warm-up compile: " + notNow.get() + ".");
      return;
    }
    // resolving the analysers and setting up the compiler's realm take 0.1-0.2 s: not on the
    // build's own thread either (Maven's resolver and plugin realm cache serve several threads)
    Daemon.start("lifeos-start-javac-warm-up", this::startWarmUp);
  }

  private void startWarmUp() {
    try {
      List<Path> plugins =
          PrepareTypecheckMojo.resolveAnalyzers(
              new ArtifactFiles(
                  repositorySystem, repositorySession, project.getRemoteProjectRepositories()),
              analyzers);
      String processorPath =
          ProcessorPath.join(ProcessorPath.of(plugins, List.of(), List.of(), List.of()));
      CompilerWarmUp.start(pluginManager, session, project, processorPath)
          .ifPresent(why -> getLog().debug("No warm-up compile: " + why + "."));
    } catch (Exception | LinkageError e) {
      getLog().debug("No warm-up compile: " + e + ".");
    }
  }

  private Optional<String> whyNoWarmUp() throws Exception {
    if (!warmUp) {
      return Optional.of("lifeos.typecheck.warmUp=false");
    }
    if (!Lifecycle.reaches(session.getGoals(), "compile")) {
      return Optional.of("the build does not compile");
    }
    Optional<String> fork = InProcessJavac.whyFork(getClass().getModule(), Locale.getDefault());
    if (fork.isPresent()) {
      return Optional.of("javac forks: " + fork.get());
    }
    if (hasClasses(List.of(Path.of(project.getBuild().getOutputDirectory())))) {
      return Optional.of("the module has class files");
    }
    return Optional.empty();
  }
}
