package dev.lifeos.maven.mojo;

import dev.lifeos.maven.git.BranchDiff;
import dev.lifeos.maven.git.ChangedFile;
import dev.lifeos.maven.mltests.MlTestSelection;
import dev.lifeos.maven.mltests.PathGlobs;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Decides which JUnit tags Surefire leaves out of this build, and so runs ML tests by path (spec
 * 6.4): when {@code ml} is among the excluded tags and path selection is on (the {@code pr}
 * profile), ML tests still run if a file changed since the base ref's fork point matches {@link
 * #mlPaths}. One info line says which way it went.
 *
 * <p>The result goes to the project property {@value #EFFECTIVE_EXCLUDED_GROUPS}, which {@code
 * lifeos-parent} passes to Surefire's {@code excludedGroups}. The parent POM deliberately does not
 * define that property: Maven leaves the expression alone when it builds the model and evaluates it
 * when it configures Surefire, after this goal ran (initialize). Skipped, the goal still sets it,
 * to {@link #excludedGroups} unchanged.
 */
@Mojo(name = "select-tests", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class SelectTestsMojo extends LifeosMojo {
  /** The property Surefire's {@code excludedGroups} reads. */
  public static final String EFFECTIVE_EXCLUDED_GROUPS = "lifeos.test.effectiveExcludedGroups";

  /**
   * Skips path selection: the tags in {@link #excludedGroups} stay excluded whatever changed.
   * {@code lifeos-parent} turns path selection on in the {@code pr} profile only.
   */
  @Parameter(property = "lifeos.test.mlByPath.skip", defaultValue = "false")
  private boolean skip;

  /** JUnit tags Surefire leaves out before path selection, comma-separated. */
  @Parameter(property = "lifeos.test.excludedGroups", defaultValue = "integration,ml,slow")
  private String excludedGroups;

  /** The JUnit tag of ML tests. */
  @Parameter(property = "lifeos.test.mlByPath.tag", defaultValue = "ml")
  private String mlTag;

  /**
   * Comma-separated globs, relative to the git work tree, of ML code and assets: a change to a
   * matching file runs the ML tests. {@code **} spans directories, {@code *} stays within one.
   */
  @Parameter(property = "lifeos.test.mlByPath.paths", defaultValue = "**/ml/**,**/ml_assets/**")
  private String mlPaths;

  /**
   * The ref this branch is compared with, e.g. {@code origin/main}. Empty: {@code
   * origin/$GITHUB_BASE_REF} on a pull request, else ML tests stay excluded.
   */
  @Parameter(property = "lifeos.baseRef")
  private String baseRef;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void whenSkipped() {
    export(groups());
  }

  @Override
  protected void run() throws Exception {
    MlTestSelection selection = new MlTestSelection(groups(), mlTag, PathGlobs.parse(mlPaths));
    String effective = selection.excludedGroups();
    if (selection.excludesMlTests() && !"pom".equals(project.getPackaging())) {
      BranchDiff.Lookup lookup =
          BranchDiff.lookup(project.getBasedir().toPath(), baseRef, environment());
      if (lookup.diff().isEmpty()) {
        getLog().info(lookup.skipped("ML tests (tag " + mlTag + ")"));
      } else {
        try (BranchDiff diff = lookup.diff().get()) {
          MlTestSelection.Selection selected =
              selection.select(
                  diff.changedFiles().stream().map(ChangedFile::path).toList(), diff.describe());
          getLog().info(selected.message());
          effective = selected.excludedGroups();
        }
      }
    }
    export(effective);
  }

  private String groups() {
    return excludedGroups == null ? "" : excludedGroups;
  }

  private void export(String groups) {
    project.getProperties().setProperty(EFFECTIVE_EXCLUDED_GROUPS, groups);
    getLog().debug(EFFECTIVE_EXCLUDED_GROUPS + " = " + groups);
  }
}
