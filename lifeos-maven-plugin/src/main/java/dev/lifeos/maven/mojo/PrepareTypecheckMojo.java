package dev.lifeos.maven.mojo;

import dev.lifeos.maven.baseline.Baseline;
import dev.lifeos.maven.baseline.BaselineFile;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.typecheck.ErrorProneFlags;
import dev.lifeos.maven.typecheck.ProcessorPath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Sets javac up for the typecheck: the annotation processor path (Error Prone and NullAway, plus
 * the project's own processors: Lombok, MapStruct, ...) and the Error Prone flags the baseline
 * needs. lifeos-parent's {@code lifeos-typecheck} profile binds it at initialize and hands the
 * results to maven-compiler-plugin through project properties it deliberately does not define
 * ({@value #PROCESSOR_PATH}, {@value #TEST_PROCESSOR_PATH}, {@value #FLAGS}): Maven evaluates them
 * when it configures the compiler, after this goal ran.
 *
 * <p>javac's output goes to {@code target/lifeos/typecheck/} ({@code lifeos:typecheck} reads it
 * there). When the flags differ from those of the last compile, the module's class files are
 * deleted so javac compiles again under the new flags.
 */
@Mojo(
    name = "prepare-typecheck",
    defaultPhase = LifecyclePhase.INITIALIZE,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class PrepareTypecheckMojo extends LifeosMojo {
  static final String PROCESSOR_PATH = "lifeos.typecheck.processorPath";
  static final String TEST_PROCESSOR_PATH = "lifeos.typecheck.testProcessorPath";
  static final String FLAGS = "lifeos.typecheck.flags";

  /** Switches the typecheck off (lifeos-parent's profile is off then, too). */
  @Parameter(property = "lifeos.typecheck.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The javac plugins to run, {@code groupId:artifactId:version}, each resolved with its
   * dependencies: lifeos-parent lists Error Prone and NullAway.
   */
  @Parameter(required = true)
  private List<String> analyzers;

  /** The baseline: checks it holds findings of are lowered to warnings and judged against it. */
  @Parameter(
      property = "lifeos.baseline.file",
      defaultValue = "${project.basedir}/" + BaselineFile.DEFAULT_NAME)
  private File baselineFile;

  /** Ignores the baseline: every finding counts. */
  @Parameter(property = "lifeos.baseline.skip", defaultValue = "false")
  private boolean baselineSkip;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Component private RepositorySystem repositorySystem;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    Path work = TypecheckMojo.workDirectory(reportDirectory);
    Files.createDirectories(work);
    ArtifactFiles artifacts =
        new ArtifactFiles(
            repositorySystem, repositorySession, project.getRemoteProjectRepositories());
    List<Path> plugins = new ArrayList<>();
    for (String coordinates : analyzers) {
      plugins.addAll(
          resolve(artifacts, new Dependency(new DefaultArtifact(coordinates), "runtime")));
    }
    List<Path> outputs =
        Stream.of(
                project.getBuild().getOutputDirectory(),
                project.getBuild().getTestOutputDirectory())
            .map(Path::of)
            .toList();
    Set<String> processors = new TreeSet<>();
    project
        .getProperties()
        .setProperty(
            PROCESSOR_PATH,
            processorPath(
                artifacts,
                plugins,
                "default-compile",
                project.getCompileClasspathElements(),
                outputs,
                processors));
    project
        .getProperties()
        .setProperty(
            TEST_PROCESSOR_PATH,
            processorPath(
                artifacts,
                plugins,
                "default-testCompile",
                project.getTestClasspathElements(),
                outputs,
                processors));

    ErrorProneFlags flags = new ErrorProneFlags();
    if (!baselineSkip && !BaselineRecording.isOn(session)) {
      flags.lower(baselinedChecks(BaselineFile.read(baselineFile.toPath())));
    }
    project.getProperties().setProperty(FLAGS, flags.toString());
    for (TypecheckMojo.SourceSet set : TypecheckMojo.SourceSet.values()) {
      recompileIfFlagsChanged(set, work, flags.toString());
    }
    if (!processors.isEmpty()) {
      getLog()
          .info("Annotation processors run beside Error Prone: " + String.join(", ", processors));
    }
  }

  static Set<String> baselinedChecks(Baseline baseline) {
    Set<String> checks = new TreeSet<>();
    baseline.compiler().forEach(e -> checks.add(e.check()));
    return checks;
  }

  private String processorPath(
      ArtifactFiles artifacts,
      List<Path> plugins,
      String executionId,
      List<String> classpath,
      List<Path> outputs,
      Set<String> processors)
      throws Exception {
    List<Path> declared = new ArrayList<>();
    for (Dependency dependency : DeclaredProcessors.of(project, executionId)) {
      declared.addAll(resolve(artifacts, dependency));
    }
    List<Path> entries = classpath.stream().map(Path::of).toList();
    List<Path> path = ProcessorPath.of(plugins, declared, entries, outputs);
    List<Path> theirs = new ArrayList<>(new LinkedHashSet<>(path));
    theirs.removeAll(plugins);
    ProcessorPath.processors(theirs).forEach(p -> processors.add(p.getFileName().toString()));
    getLog().debug(executionId + " processor path: " + path);
    return ProcessorPath.join(path);
  }

  /**
   * javac skips an up-to-date module, and its last output then stands for this build: right only
   * when the flags are the same. Otherwise the class files go, and javac compiles again.
   */
  private void recompileIfFlagsChanged(TypecheckMojo.SourceSet set, Path work, String flags)
      throws IOException {
    Path recorded = set.flagsFile(work);
    if (Files.isRegularFile(recorded) && Files.readString(recorded).equals(flags)) {
      return;
    }
    Path classes = Path.of(set.outputDirectory(project));
    if (Files.isDirectory(classes)) {
      try (Stream<Path> files = Files.walk(classes)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
    Files.deleteIfExists(set.javacOutput(work));
  }

  private static List<Path> resolve(ArtifactFiles artifacts, Dependency dependency)
      throws GateFailure {
    try {
      return artifacts.resolve(dependency);
    } catch (DependencyResolutionException e) {
      throw new GateFailure(
          "Could not resolve "
              + dependency.getArtifact()
              + " for the typecheck: "
              + e.getMessage()
              + ". Check the version (dep.errorprone.version, dep.nullaway.version, or the"
              + " annotationProcessorPaths of maven-compiler-plugin), your network or mirror"
              + " settings, or skip the typecheck with -Dlifeos.typecheck.skip=true.");
    }
  }
}
