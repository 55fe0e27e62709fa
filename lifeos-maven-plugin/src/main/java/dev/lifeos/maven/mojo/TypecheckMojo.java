package dev.lifeos.maven.mojo;

import dev.lifeos.maven.baseline.Baseline;
import dev.lifeos.maven.baseline.Baseline.CompilerEntry;
import dev.lifeos.maven.baseline.BaselineFile;
import dev.lifeos.maven.baseline.CompilerBaseline;
import dev.lifeos.maven.baseline.ModulePaths;
import dev.lifeos.maven.report.GateReport;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.typecheck.Diagnostic;
import dev.lifeos.maven.typecheck.ErrorProneCrash;
import dev.lifeos.maven.typecheck.ErrorProneFlags;
import dev.lifeos.maven.typecheck.JavacOutput;
import dev.lifeos.maven.typecheck.TypecheckReport;
import dev.lifeos.maven.typecheck.TypecheckResult;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Judges what javac, Error Prone and NullAway found in one source set, and keeps the console short.
 * lifeos-parent's {@code lifeos-typecheck} profile sends javac's output to a file ({@code
 * -Xstdout}) and binds this goal right after each compile: it prints one summary line (counts per
 * check), writes every diagnostic to {@code target/lifeos/typecheck/<set>.json} and {@code .md}
 * (and the GitHub step summary), and fails with each error printed once. {@code
 * -Dlifeos.verbose=true} prints every diagnostic as well.
 *
 * <p>Findings of checks the baseline holds fail only when the baseline does not list them; listed
 * ones that are gone are reported as removable. An Error Prone check that crashes is reported and
 * switched off, and the module is compiled again without it. While {@code lifeos:baseline} records,
 * the error-level findings of Error Prone and NullAway are written down instead of failing the
 * build.
 */
@Mojo(
    name = "typecheck",
    defaultPhase = LifecyclePhase.COMPILE,
    // a compile it runs again needs the class path: Maven narrows it to this scope
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class TypecheckMojo extends BaselineAwareMojo {
  /** Compiles again after this many crashes at most: each switches off one more check. */
  static final int MAX_CRASHES = 3;

  /** javac's output is read whole: 887 warnings of a 332-class service are under 1 MB. */
  static final int MAX_OUTPUT_BYTES = 256 << 20;

  private static final Pattern CHECK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /** The two compiles of a module, as maven-compiler-plugin runs them. */
  enum SourceSet {
    MAIN("main", "compile", "default-compile"),
    TEST("test", "test-compile", "default-testCompile");

    final String id;
    final String phase;
    final String executionId;

    SourceSet(String id, String phase, String executionId) {
      this.id = id;
      this.phase = phase;
      this.executionId = executionId;
    }

    Path javacOutput(Path work) {
      return work.resolve("javac-" + id + ".txt");
    }

    Path flagsFile(Path work) {
      return work.resolve("javac-" + id + ".flags");
    }

    String outputDirectory(MavenProject project) {
      return this == MAIN
          ? project.getBuild().getOutputDirectory()
          : project.getBuild().getTestOutputDirectory();
    }

    List<String> sourceRoots(MavenProject project) {
      return this == MAIN ? project.getCompileSourceRoots() : project.getTestCompileSourceRoots();
    }
  }

  /** Switches the typecheck off (lifeos-parent's profile is off then, too). */
  @Parameter(property = "lifeos.typecheck.skip", defaultValue = "false")
  private boolean skip;

  /**
   * lifeos-parent's switch for every gate: the findings are reported as warnings, unless {@code
   * lifeos.typecheck.skip} is {@code false}.
   */
  @Parameter(property = "lifeos.skip", defaultValue = "false")
  private boolean gatesSkipped;

  /** Which compile this execution follows: {@code main} or {@code test}. */
  @Parameter(defaultValue = "main")
  private String sourceSet;

  /** Prints every diagnostic, as javac would, besides the summary. */
  @Parameter(property = "lifeos.verbose", defaultValue = "false")
  private boolean verbose;

  /** Maven's {@code -Dmaven.test.skip}: tests are not compiled. */
  @Parameter(property = "maven.test.skip", defaultValue = "false", readonly = true)
  private boolean mavenTestSkip;

  /** maven-compiler-plugin's {@code -Dmaven.main.skip}: main sources are not compiled. */
  @Parameter(property = "maven.main.skip", defaultValue = "false", readonly = true)
  private boolean mavenMainSkip;

  @Component private LifecycleExecutor lifecycle;
  @Component private BuildPluginManager plugins;

  static Path workDirectory(File reportDirectory) {
    return reportDirectory.toPath().resolve("typecheck");
  }

  @Override
  protected boolean isSkipped() {
    return skip || "pom".equals(project.getPackaging());
  }

  @Override
  protected void run() throws Exception {
    SourceSet set = sourceSet();
    if (set == SourceSet.TEST ? mavenTestSkip : mavenMainSkip) {
      getLog()
          .info(
              "Skipping the "
                  + set.id
                  + " typecheck: javac does not run (maven."
                  + set.id
                  + ".skip).");
      return;
    }
    Path work = workDirectory(reportDirectory);
    Path javacOutput = set.javacOutput(work);
    if (!Files.isRegularFile(javacOutput)) {
      if (hasSources(set)) {
        throw new GateFailure(
            "javac left no output in "
                + javacOutput
                + ": it did not run, or failed before it began. See the compiler's messages"
                + " above; -Dlifeos.typecheck.skip=true compiles without the typecheck.");
      }
      return;
    }
    Path basedir = project.getBasedir().toPath();
    boolean recording = BaselineRecording.isOn(session);
    boolean warnOnly =
        PrepareTypecheckMojo.whyOnlyWarn(
                PrepareTypecheckMojo.reachesTypecheck(
                    gatesSkipped, property(PrepareTypecheckMojo.SKIP).orElse("")),
                applicationRun(PrepareTypecheckMojo.ANALYSERS_REPORT))
            .isPresent();
    Baseline baseline = warnOnly ? Baseline.EMPTY : baseline();
    ErrorProneFlags flags = PrepareTypecheckMojo.flags(baseline, warnOnly);

    List<ErrorProneCrash> crashes = new ArrayList<>();
    JavacOutput output = compiled(set, work, flags, crashes, recording);
    Files.writeString(
        set.flagsFile(work),
        PrepareTypecheckMojo.compileFlags(project.getProperties(), flags),
        StandardCharsets.UTF_8);

    List<CompilerEntry> accepted =
        recording ? record(set, work, output, flags) : entriesOf(baseline, set, basedir);
    TypecheckResult result =
        TypecheckResult.evaluate(set.id, output, flags.lowered(), accepted, crashes);
    report(set, work, result);
    if (!result.passed()) {
      throw new GateFailure(
          TypecheckReport.failureMessage(result, relative(work.resolve(set.id + ".md"))));
    }
  }

  /**
   * javac's output once nothing more is to be done: after each crash the module is compiled again
   * without the crashing check; while recording, again with the checks that reported errors lowered
   * to warnings (so that the module compiles and their findings can be written down).
   */
  private JavacOutput compiled(
      SourceSet set,
      Path work,
      ErrorProneFlags flags,
      List<ErrorProneCrash> crashes,
      boolean recording)
      throws Exception {
    Path basedir = project.getBasedir().toPath();
    JavacOutput output = read(set.javacOutput(work), basedir);
    while (true) {
      if (!output.crashes().isEmpty() && crashes.size() < MAX_CRASHES && recoverable(output)) {
        for (ErrorProneCrash crash : output.crashes()) {
          getLog()
              .info("Error Prone check " + crash.check() + " crashed: compiling again without it.");
          crashes.add(crash);
          flags.switchOff(crash.check());
        }
        keepCrashDumps(basedir, work);
      } else if (recording && !flags.lowered().containsAll(errorLevelChecks(output))) {
        getLog()
            .info(
                "Recording "
                    + errorLevelChecks(output)
                    + " findings; compiling again with them as warnings.");
        flags.lower(errorLevelChecks(output));
      } else {
        return output;
      }
      project.getProperties().setProperty(PrepareTypecheckMojo.FLAGS, flags.toString());
      new CompilerRerun(session, lifecycle, plugins).run(set.phase, set.executionId);
      output = read(set.javacOutput(work), basedir);
    }
  }

  private SourceSet sourceSet() throws GateFailure {
    for (SourceSet set : SourceSet.values()) {
      if (set.id.equalsIgnoreCase(sourceSet == null ? "" : sourceSet.trim())) {
        return set;
      }
    }
    throw new GateFailure("sourceSet is '" + sourceSet + "': use main or test.");
  }

  private static JavacOutput read(Path javacOutput, Path basedir) throws GateFailure, IOException {
    byte[] content;
    try (InputStream in = Files.newInputStream(javacOutput)) {
      content = in.readNBytes(MAX_OUTPUT_BYTES + 1);
    }
    if (content.length > MAX_OUTPUT_BYTES) {
      throw new GateFailure(
          "javac printed more than "
              + (MAX_OUTPUT_BYTES >> 20)
              + " MB to "
              + javacOutput
              + ": switch off the checks that flood it (-Dlifeos.errorprone.flags=-Xep:<Check>:OFF).");
    }
    return JavacOutput.parse(new String(content, StandardCharsets.UTF_8), basedir);
  }

  private static boolean recoverable(JavacOutput output) {
    return output.crashes().stream().allMatch(c -> CHECK_NAME.matcher(c.check()).matches());
  }

  /** Checks of Error Prone and NullAway that reported errors. */
  private static Set<String> errorLevelChecks(JavacOutput output) {
    Set<String> checks = new TreeSet<>();
    output.errors().stream()
        .filter(Diagnostic::isAnalyzerFinding)
        .forEach(d -> checks.add(d.check()));
    return checks;
  }

  /** The baseline's entries for files of this source set. */
  private List<CompilerEntry> entriesOf(Baseline baseline, SourceSet set, Path basedir) {
    List<String> roots =
        set.sourceRoots(project).stream()
            .map(root -> ModulePaths.relative(basedir, Path.of(root)) + "/")
            .toList();
    return baseline.compiler().stream()
        .filter(e -> roots.stream().anyMatch(root -> e.file().startsWith(root)))
        .toList();
  }

  /** javac leaves a dump of its arguments in the working directory when a plugin crashes. */
  private static void keepCrashDumps(Path basedir, Path work) throws IOException {
    try (DirectoryStream<Path> dumps = Files.newDirectoryStream(basedir, "javac.*.args")) {
      for (Path dump : dumps) {
        Files.move(dump, work.resolve(dump.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * While lifeos:baseline records: this source set's findings, written down for it to collect, and
   * accepted for this build.
   */
  private static List<CompilerEntry> record(
      SourceSet set, Path work, JavacOutput output, ErrorProneFlags flags) throws IOException {
    List<CompilerEntry> entries =
        CompilerBaseline.record(
            TypecheckResult.gateFindings(output, flags.lowered()), Diagnostic::key);
    BaselineFile.write(
        recordedFindings(work, set), new Baseline(List.of(), entries, List.of(), List.of()));
    return entries;
  }

  /** Where a recording compile leaves its findings for lifeos:baseline. */
  static Path recordedFindings(Path work, SourceSet set) {
    return work.resolve("recorded-" + set.id + ".json");
  }

  private void report(SourceSet set, Path work, TypecheckResult result) throws IOException {
    String markdownFile = relative(work.resolve(set.id + ".md"));
    getLog().info(TypecheckReport.summary(result) + " Details: " + markdownFile);
    TypecheckReport.remarks(result, markdownFile).forEach(getLog()::warn);
    if (verbose) {
      result.output().diagnostics().forEach(d -> getLog().info(d.render()));
    }
    String markdown = TypecheckReport.markdown(result, project.getArtifactId());
    GateReport report =
        GateReport.in(work)
            .json(set.id + ".json", TypecheckReport.json(result))
            .text(set.id + ".md", markdown);
    if (!result.passed() || !result.output().diagnostics().isEmpty()) {
      report.summary(markdown);
    }
    report.write(environment());
  }

  private boolean hasSources(SourceSet set) throws IOException {
    for (String root : set.sourceRoots(project)) {
      Path dir = Path.of(root);
      if (Files.isDirectory(dir)) {
        try (var files = Files.walk(dir)) {
          if (files.anyMatch(f -> f.toString().endsWith(".java"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private String relative(Path file) {
    return ModulePaths.relative(project.getBasedir().toPath(), file);
  }
}
