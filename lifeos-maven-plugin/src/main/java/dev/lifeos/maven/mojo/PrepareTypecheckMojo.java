package dev.lifeos.maven.mojo;

import dev.lifeos.maven.baseline.Baseline;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.typecheck.ErrorProneFlags;
import dev.lifeos.maven.typecheck.InProcessJavac;
import dev.lifeos.maven.typecheck.ProcessorPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
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
 * ({@value #PROCESSOR_PATH}, {@value #TEST_PROCESSOR_PATH}, {@value #FLAGS}, {@value #FORK}): Maven
 * evaluates them when it configures the compiler, after this goal ran. javac runs in Maven's own
 * JVM when that JVM lets Error Prone in ({@link InProcessJavac}: {@code .mvn/jvm.config}), else it
 * forks.
 *
 * <p>javac's output goes to {@code target/lifeos/typecheck/} ({@code lifeos:typecheck} reads it
 * there). When the analysers or flags differ from those of the last compile, the module's class
 * files are deleted so javac compiles again under the new ones: maven-compiler-plugin would call
 * the module up to date and its last output would stand for findings of other flags.
 */
@Mojo(
    name = "prepare-typecheck",
    defaultPhase = LifecyclePhase.INITIALIZE,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class PrepareTypecheckMojo extends BaselineAwareMojo {
  static final String PROCESSOR_PATH = "lifeos.typecheck.processorPath";
  static final String TEST_PROCESSOR_PATH = "lifeos.typecheck.testProcessorPath";
  static final String FLAGS = "lifeos.typecheck.flags";
  static final String FORK = "lifeos.typecheck.fork";
  static final String SKIP = "lifeos.typecheck.skip";
  private static final String INPUTS = "lifeos.typecheck.inputs";
  static final String ANALYSERS_REPORT = "Error Prone and NullAway findings are warnings";
  static final String GATES_SKIPPED =
      "lifeos.skip=true switches the gates off: "
          + ANALYSERS_REPORT
          + " (-Dlifeos.typecheck.skip=false judges them, -Dlifeos.typecheck.skip=true does not run"
          + " them).";

  /** Switches the typecheck off (lifeos-parent's profile is off then, too). */
  @Parameter(property = "lifeos.typecheck.skip", defaultValue = "false")
  private boolean skip;

  /**
   * lifeos-parent's switch for every gate: javac still runs Error Prone and NullAway (their profile
   * reads {@code lifeos.typecheck.skip} only), but their findings are warnings, unless {@code
   * lifeos.typecheck.skip} is {@code false} (as {@code lifeos.security.skip=false} keeps SpotBugs).
   */
  @Parameter(property = "lifeos.skip", defaultValue = "false")
  private boolean gatesSkipped;

  /**
   * The javac plugins to run, {@code groupId:artifactId:version}, each resolved with its
   * dependencies: lifeos-parent lists Error Prone and NullAway.
   */
  @Parameter(required = true)
  private List<String> analyzers;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Component private RepositorySystem repositorySystem;

  @Override
  protected boolean isSkipped() {
    return skip || "pom".equals(project.getPackaging());
  }

  @Override
  protected void run() throws Exception {
    Path work = TypecheckMojo.workDirectory(reportDirectory);
    Files.createDirectories(work);
    ArtifactFiles artifacts =
        new ArtifactFiles(
            repositorySystem, repositorySession, project.getRemoteProjectRepositories());
    List<Path> plugins = resolveAnalyzers(artifacts, analyzers);
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

    Optional<String> warnOnly =
        whyOnlyWarn(
            reachesTypecheck(gatesSkipped, property(SKIP).orElse("")),
            applicationRun(ANALYSERS_REPORT));
    warnOnly.ifPresent(getLog()::info);
    ErrorProneFlags flags = flags(baseline(), warnOnly.isPresent());
    project.getProperties().setProperty(FLAGS, flags.toString());
    project.getProperties().setProperty(INPUTS, inputs());
    project.getProperties().setProperty(FORK, String.valueOf(fork()));
    for (TypecheckMojo.SourceSet set : TypecheckMojo.SourceSet.values()) {
      recompileIfFlagsChanged(set, work, compileFlags(project.getProperties(), flags));
    }
    if (!processors.isEmpty()) {
      getLog()
          .info("Annotation processors run beside Error Prone: " + String.join(", ", processors));
    }
  }

  /**
   * Whether {@code lifeos.skip} reaches the typecheck: as every gate's skip, {@code
   * lifeos.typecheck.skip} defaults to it, so the pipelines' typecheck job keeps the gate with
   * {@code -Dlifeos.skip=true -Dlifeos.typecheck.skip=false}.
   *
   * @param typecheckSkip {@code lifeos.typecheck.skip} as given, empty when it is not
   */
  static boolean reachesTypecheck(boolean gatesSkipped, String typecheckSkip) {
    return gatesSkipped && !"false".equalsIgnoreCase(typecheckSkip.trim());
  }

  /**
   * Why the typecheck of this build reports its findings instead of judging them, if it does: the
   * gates are switched off ({@code lifeos.skip}), or the build runs the application.
   */
  static Optional<String> whyOnlyWarn(boolean gatesSkipped, Optional<String> applicationRun) {
    return gatesSkipped ? Optional.of(GATES_SKIPPED) : applicationRun;
  }

  /** Whether javac forks: only when Maven's JVM cannot run Error Prone. */
  private boolean fork() {
    Optional<String> why = InProcessJavac.whyFork(getClass().getModule(), Locale.getDefault());
    getLog()
        .debug(
            why.map(reason -> "javac forks: " + reason + ".")
                .orElse("javac runs Error Prone in Maven's JVM (.mvn/jvm.config)."));
    return why.isPresent();
  }

  /** What else decides what javac reports: the analysers and the project's own flags. */
  private String inputs() {
    return String.join(
        "\n",
        String.join(" ", analyzers),
        "lifeos.errorprone.flags=" + property("lifeos.errorprone.flags").orElse(""),
        "lifeos.nullaway.packages=" + property("lifeos.nullaway.packages").orElse(""));
  }

  /** Everything javac's diagnostics depend on besides the sources: kept beside its output. */
  static String compileFlags(Properties properties, ErrorProneFlags flags) {
    return properties.getProperty(INPUTS, "") + "\n" + flags;
  }

  /**
   * The flags of this build's compiles: the baseline's checks lowered to warnings, or every error
   * when the build only warns ({@link #whyOnlyWarn}; the baseline has nothing to add then).
   */
  static ErrorProneFlags flags(Baseline baseline, boolean warnOnly) {
    return warnOnly
        ? new ErrorProneFlags().allErrorsAsWarnings()
        : new ErrorProneFlags().lower(baselinedChecks(baseline));
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
    List<Path> declared = resolve(artifacts, DeclaredProcessors.of(project, executionId));
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

  /** Error Prone, NullAway ({@code group:artifact:version}) and their dependencies. */
  static List<Path> resolveAnalyzers(ArtifactFiles artifacts, List<String> analyzers)
      throws GateFailure {
    return resolve(
        artifacts,
        analyzers.stream()
            .map(coordinates -> new Dependency(new DefaultArtifact(coordinates), "runtime"))
            .toList());
  }

  private static List<Path> resolve(ArtifactFiles artifacts, List<Dependency> dependencies)
      throws GateFailure {
    try {
      return artifacts.resolve(dependencies);
    } catch (DependencyResolutionException e) {
      throw new GateFailure(
          "Could not resolve "
              + dependencies.stream().map(d -> d.getArtifact().toString()).toList()
              + " for the typecheck: "
              + e.getMessage()
              + ". Check the version (dep.errorprone.version, dep.nullaway.version, or the"
              + " annotationProcessorPaths of maven-compiler-plugin), your network or mirror"
              + " settings, or skip the typecheck with -Dlifeos.typecheck.skip=true.");
    }
  }
}
