package dev.lifeos.maven.mojo;

import dev.lifeos.maven.git.BranchDiff;
import dev.lifeos.maven.security.ChangedClasses;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Decides, before any module builds, what the pull-request scope of {@link RatchetMojo} and {@link
 * SecurityScopeMojo} will be in every module of the reactor: Spotless' ratchet ref, and whether
 * SpotBugs analyses the module at all. Those goals decide it again, identically, when each module
 * builds; deciding it first lets the Maven Build Cache Extension, which compares a cached module's
 * gate parameters with this build's before the module's first goal, see the values the module will
 * run with, so that a second CI runner restores the modules the first one built.
 *
 * <p>Bound by lifeos-parent at validate; the first module that runs it (the reactor's root) does
 * the whole reactor, once per build. A project's own {@code lifeos.lint.ratchet}, {@code
 * lifeos.security.ratchet} and {@code lifeos.security.skip} are honoured.
 */
@Mojo(name = "reactor-scope", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ReactorScopeMojo extends LifeosMojo {
  private static final String DONE = ReactorScopeMojo.class.getName() + ".done";

  /** Switches this goal off: each module's goals then decide their scope as it builds. */
  @Parameter(property = "lifeos.reactorScope.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The ref this branch is compared with ({@code origin/main}). Empty: {@code
   * origin/$GITHUB_BASE_REF} on a pull request, else none (and this goal does nothing).
   */
  @Parameter(property = "lifeos.baseRef")
  private String baseRef;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    if (BaselineRecording.isOn(session) || !firstInThisBuild()) {
      return;
    }
    List<MavenProject> scoped =
        session.getProjects().stream()
            .filter(p -> !"pom".equals(p.getPackaging()))
            .filter(p -> isOn(p, "lifeos.lint.ratchet") || isOn(p, "lifeos.security.ratchet"))
            .toList();
    if (scoped.isEmpty()) {
      return;
    }
    BranchDiff.Lookup lookup =
        BranchDiff.lookup(project.getBasedir().toPath(), baseRef, environment());
    if (lookup.diff().isEmpty()) {
      getLog()
          .info(lookup.skipped("the reactor's pull-request scope (each module decides its own)"));
      return;
    }
    try (BranchDiff diff = lookup.diff().get()) {
      List<Path> changed = diff.presentChangedFiles();
      int unanalysed = 0;
      for (MavenProject module : scoped) {
        if (isOn(module, "lifeos.lint.ratchet") && !userSet(RatchetMojo.RATCHET_FROM)) {
          module.getProperties().setProperty(RatchetMojo.RATCHET_FROM, diff.baseRef());
        }
        if (isOn(module, "lifeos.security.ratchet")
            && !isOn(module, "lifeos.security.skip")
            && !userSet(SecurityScopeMojo.ONLY_ANALYZE)
            && !ChangedClasses.anySource(changed, sourceRoots(module))) {
          module.getProperties().setProperty(SecurityScopeMojo.SKIP, "true");
          unanalysed++;
        }
      }
      getLog()
          .info(
              "Pull-request scope decided for "
                  + scoped.size()
                  + (scoped.size() == 1 ? " module" : " modules")
                  + " against "
                  + diff.describe()
                  + " before they build: SpotBugs skips "
                  + unanalysed
                  + " (no changed main source).");
    }
  }

  /** Once per build, whichever module runs first (with -T, modules start after their parent). */
  private boolean firstInThisBuild() {
    return session.getRepositorySession().getData().set(DONE, null, Boolean.TRUE);
  }

  private boolean isOn(MavenProject module, String property) {
    return Boolean.parseBoolean(property(module, property).orElse("false"));
  }

  private static List<Path> sourceRoots(MavenProject module) {
    return module.getCompileSourceRoots().stream().map(Path::of).toList();
  }
}
