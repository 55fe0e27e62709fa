package dev.lifeos.maven.mojo;

import dev.lifeos.maven.git.GitRepository;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.workflows.WorkflowChecker;
import dev.lifeos.maven.workflows.WorkflowPolicy;
import dev.lifeos.maven.workflows.WorkflowReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.maven.model.Profile;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks the repository's GitHub workflows against the LifeOS rules: every step that checks
 * something is a Maven call (a developer runs it the same way), every profile a call names exists,
 * the spec's stages, timeouts and triggers are there, deployments are not cancelled mid-rollout,
 * secrets reach only the jobs that need them, branch checks see the base branch, and the workflows
 * are hardened (pinned actions, no template injection, least-privilege tokens, nothing for forks
 * that they could abuse). The rules are listed in docs/goals/check-workflows.md. Runs once per
 * build for each workflows directory.
 */
@Mojo(name = "check-workflows", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckWorkflowsMojo extends LifeosMojo {
  /** Skips the check. lifeos-parent sets it to {@code ${lifeos.skip}}. */
  @Parameter(property = "lifeos.workflows.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The workflows to check. Default: {@code .github/workflows} at the root of the git work tree the
   * project is in, else in the project's base directory. A missing directory is not an error.
   */
  @Parameter(property = "lifeos.workflows.directory")
  private File directory;

  /**
   * Actions a step may use besides checkout, setup-java, cache, upload/download-artifact,
   * upload-sarif, setup-kubectl and k8s-set-context: {@code owner/repo[/path]} without the ref,
   * comma-separated. Also allows calling a reusable workflow other than the LifeOS pipelines.
   */
  @Parameter(property = "lifeos.workflows.allowedActions")
  private List<String> allowedActions = new ArrayList<>();

  /**
   * Commands a {@code run:} step may run besides Maven and the kubectl rollout commands (apply, set
   * image, rollout status, rollout undo), as leading words, comma-separated: {@code npm ci}.
   */
  @Parameter(property = "lifeos.workflows.allowedCommands")
  private List<String> allowedCommands = new ArrayList<>();

  /**
   * Lets GitHub's own actions ({@code actions/checkout@v4}) and the LifeOS pipelines a caller
   * workflow uses ({@code .../lifeos-pr.yml@v0.1.0}) keep a version tag; every other action and
   * reusable workflow is pinned to a full commit SHA. {@code false} pins those too.
   */
  @Parameter(property = "lifeos.workflows.allowFirstPartyTags", defaultValue = "true")
  private boolean allowFirstPartyTags;

  /**
   * Fails the build on a violation; {@code false} only warns (for adopting the rules step by step).
   */
  @Parameter(property = "lifeos.workflows.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /**
   * Workflows to hold to the rules besides those that are or call a LifeOS pipeline: file names or
   * globs, comma-separated ({@code ci.yml}, {@code *} for all). The others get one warning line.
   */
  @Parameter(property = "lifeos.workflows.include")
  private List<String> include = new ArrayList<>();

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected boolean judgesRepository() {
    return true;
  }

  @Override
  protected void run() throws Exception {
    Optional<Path> found = workflowsDirectory();
    if (found.isEmpty()) {
      getLog()
          .info("No .github/workflows in or above " + project.getBasedir() + ": nothing to check.");
      return;
    }
    Path workflows = found.get().toAbsolutePath().normalize();
    if (!firstCheckInThisBuild(workflows)) {
      getLog().debug("Workflows in " + workflows + " were checked earlier in this build.");
      return;
    }
    WorkflowPolicy policy =
        WorkflowPolicy.of(definedProfiles(), clean(allowedActions), clean(allowedCommands))
            .allowingFirstPartyTags(allowFirstPartyTags);
    List<PathMatcher> included =
        clean(include).stream()
            .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob))
            .toList();
    WorkflowReport report =
        new WorkflowChecker(policy)
            .checkDirectory(
                workflows, name -> included.stream().anyMatch(m -> m.matches(Path.of(name))));

    report.report(reportDirectory.toPath().resolve("workflows")).write(environment());

    String where = display(workflows);
    if (!report.notChecked().isEmpty()) {
      getLog()
          .warn(
              "Workflows in "
                  + where
                  + ": "
                  + report.notCheckedSummary()
                  + " (hold them to the rules with -Dlifeos.workflows.include="
                  + String.join(",", report.notChecked())
                  + ").");
    }
    if (report.files().isEmpty()) {
      return;
    }
    List<String> lines =
        report.violations().stream().map(v -> where + "/" + v).collect(Collectors.toList());
    if (report.passed()) {
      getLog().info("Workflows in " + where + ": " + report.summary() + ".");
      return;
    }
    if (!failOnViolation) {
      lines.forEach(getLog()::warn);
      getLog()
          .warn("Workflows in " + where + ": " + report.summary() + " (failOnViolation=false).");
      return;
    }
    throw new GateFailure(
        "Workflows in "
            + where
            + ": "
            + report.summary()
            + ".\n"
            + String.join("\n", lines)
            + "\nThe rules and how to allow more: docs/goals/check-workflows.md");
  }

  /**
   * The configured directory, else the nearest {@code .github/workflows} from the project's base
   * directory up to the root of its git work tree (a module finds its repository's workflows).
   */
  private Optional<Path> workflowsDirectory() throws IOException {
    if (directory != null) {
      return Files.isDirectory(directory.toPath())
          ? Optional.of(directory.toPath())
          : Optional.empty();
    }
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    Optional<Path> gitRoot;
    try (GitRepository repository = GitRepository.find(basedir).orElse(null)) {
      gitRoot = Optional.ofNullable(repository).map(GitRepository::workTree);
    }
    for (Path dir = basedir; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(".github").resolve("workflows");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      if (gitRoot.isEmpty() || dir.equals(gitRoot.get())) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Every module of a multi-module build finds the same workflows: the first one checks them. */
  private boolean firstCheckInThisBuild(Path workflows) {
    Object key = CheckWorkflowsMojo.class.getName() + ":" + workflows;
    return session.getRepositorySession().getData().set(key, null, Boolean.TRUE);
  }

  /** Profile ids of every project of the build, their parents (lifeos-parent) and settings. */
  private Set<String> definedProfiles() {
    Set<String> ids = new TreeSet<>();
    List<MavenProject> projects =
        session.getProjects() == null || session.getProjects().isEmpty()
            ? List.of(project)
            : session.getProjects();
    for (MavenProject each : projects) {
      for (MavenProject p = each; p != null; p = p.getParent()) {
        p.getModel().getProfiles().stream().map(Profile::getId).forEach(ids::add);
      }
    }
    if (session.getSettings() != null) {
      session.getSettings().getProfiles().forEach(profile -> ids.add(profile.getId()));
    }
    return ids;
  }

  private static List<String> clean(List<String> values) {
    return values == null
        ? List.of()
        : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
  }

  private String display(Path workflows) {
    Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path dir = workflows.toAbsolutePath().normalize();
    return dir.getRoot().equals(base.getRoot()) ? base.relativize(dir).toString() : dir.toString();
  }
}
