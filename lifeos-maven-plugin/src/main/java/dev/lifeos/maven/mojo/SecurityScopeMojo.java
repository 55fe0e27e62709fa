package dev.lifeos.maven.mojo;

import dev.lifeos.maven.git.BranchDiff;
import dev.lifeos.maven.security.ChangedClasses;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Points SpotBugs at the classes of the source files changed since the base ref (lifeos-parent: in
 * the {@code pr} profile), so a pull request pays for the code it changed: SpotBugs' {@code
 * onlyAnalyze} gets those classes (nested and anonymous ones included), the rest of the module
 * stays on its class path for the rules to see, and a module whose main sources did not change is
 * not analysed at all. Main, release and nightly analyse every class.
 *
 * <p>Bound at process-classes, when the classes exist; it hands its result to SpotBugs through
 * SpotBugs' own properties {@value #ONLY_ANALYZE} and {@value #SKIP}, which lifeos-parent leaves
 * unconfigured for this. Without a base ref, outside git, or while {@code lifeos:baseline} records,
 * SpotBugs analyses the whole module.
 */
@Mojo(name = "security-scope", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class SecurityScopeMojo extends LifeosMojo {
  static final String ONLY_ANALYZE = "spotbugs.onlyAnalyze";
  static final String SKIP = "spotbugs.skip";

  /** Switches the security gate off; this goal then does nothing either. */
  @Parameter(property = "lifeos.security.skip", defaultValue = "false")
  private boolean skip;

  /**
   * SpotBugs analyses only the classes of files changed since the base ref (lifeos-parent: true in
   * the {@code pr} profile).
   */
  @Parameter(property = "lifeos.security.ratchet", defaultValue = "false")
  private boolean ratchet;

  /**
   * The ref this branch is compared with ({@code origin/main}). Empty: {@code
   * origin/$GITHUB_BASE_REF} on a pull request, else none.
   */
  @Parameter(property = "lifeos.baseRef")
  private String baseRef;

  @Override
  protected boolean isSkipped() {
    return skip || !ratchet || "pom".equals(project.getPackaging());
  }

  @Override
  protected void run() throws Exception {
    if (BaselineRecording.isOn(session) || userSet(ONLY_ANALYZE)) {
      return;
    }
    BranchDiff.Lookup lookup =
        BranchDiff.lookup(project.getBasedir().toPath(), baseRef, environment());
    if (lookup.diff().isEmpty()) {
      getLog().info(lookup.skipped("SpotBugs' pull-request scope (it analyses the whole module)"));
      return;
    }
    try (BranchDiff diff = lookup.diff().get()) {
      List<Path> changed = diff.presentChangedFiles();
      List<String> classes =
          ChangedClasses.of(
              changed,
              project.getCompileSourceRoots().stream().map(Path::of).toList(),
              Path.of(project.getBuild().getOutputDirectory()));
      if (classes.isEmpty()) {
        project.getProperties().setProperty(SKIP, "true");
        getLog()
            .info(
                "SpotBugs skipped: no main source file of this module changed since "
                    + diff.describe()
                    + ".");
        return;
      }
      project.getProperties().setProperty(ONLY_ANALYZE, ChangedClasses.onlyAnalyze(classes));
      getLog()
          .info(
              "SpotBugs analyses "
                  + classes.size()
                  + (classes.size() == 1 ? " class" : " classes")
                  + " of the files changed since "
                  + diff.describe()
                  + "; the module's other classes are on its class path.");
    }
  }
}
