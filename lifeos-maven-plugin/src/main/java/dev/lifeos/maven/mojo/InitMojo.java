package dev.lifeos.maven.mojo;

import dev.lifeos.maven.git.GitRepository;
import dev.lifeos.maven.init.FileOutcome;
import dev.lifeos.maven.init.InitSettings;
import dev.lifeos.maven.init.ServiceScaffold;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Adopts LifeOS in a service repository that inherits lifeos-parent: writes the caller workflows
 * (.github/workflows/lifeos-pr|main|release|nightly.yml, which call this release's reusable
 * workflows), a {@code .env.ci} template, the CODEOWNERS rule that gives the migration approvals
 * file to the DB team, and a docs/CI_CD_RUNBOOK.md starter. Never overwrites a file without {@code
 * -Dlifeos.init.force=true}; a second run changes nothing and says so. See docs/adopting.md.
 */
@Mojo(name = "init", aggregator = true, threadSafe = true)
public class InitMojo extends LifeosMojo {
  /** Skips the goal. */
  @Parameter(property = "lifeos.init.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Rewrites files that exist with other content. CODEOWNERS is never rewritten: force only appends
   * the missing rule.
   */
  @Parameter(property = "lifeos.init.force", defaultValue = "false")
  private boolean force;

  /** {@code owner/name} of the GitHub repository holding the LifeOS reusable workflows. */
  @Parameter(property = "lifeos.init.workflowsRepository", defaultValue = "lifeos/lifeos-build")
  private String workflowsRepository;

  /**
   * Tag or branch of the reusable workflows the callers pin. Default: this plugin's version as a
   * tag, {@code v0.1.0} (a SNAPSHOT's tag is that of its coming release).
   */
  @Parameter(property = "lifeos.init.workflowsRef")
  private String workflowsRef;

  /** JDK the pipelines run on. */
  @Parameter(property = "lifeos.init.javaVersion", defaultValue = "${maven.compiler.release}")
  private String javaVersion;

  /**
   * Image repository the main and release pipelines push to. Default: {@code
   * ghcr.io/<owner>/<repo>} from the git remote {@code origin}, else GitHub's expression for the
   * repository.
   */
  @Parameter(property = "lifeos.init.image")
  private String image;

  /** Kubernetes Deployment the pipelines roll out. */
  @Parameter(property = "lifeos.init.deployment", defaultValue = "${project.artifactId}")
  private String deployment;

  /** CODEOWNERS owner of the migration approvals file: the DB team. */
  @Parameter(property = "lifeos.init.dbOwners", defaultValue = "@lifeos/db-team")
  private String dbOwners;

  /** The migration approvals file of lifeos:check-migrations, relative to the project. */
  @Parameter(
      property = "lifeos.init.approvalsFile",
      defaultValue = "src/main/resources/db/migration-approvals.properties")
  private String approvalsFile;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
    Path root = basedir;
    Optional<String> remote = Optional.empty();
    Optional<GitRepository> git = GitRepository.find(basedir);
    if (git.isPresent()) {
      try (GitRepository repository = git.get()) {
        root = repository.workTree();
        remote = repository.remoteUrl("origin");
      }
    }
    String workingDirectory = root.relativize(basedir).toString().replace('\\', '/');
    InitSettings settings =
        new InitSettings(
            project.getArtifactId(),
            plugin.getVersion(),
            workflowsRepository,
            blank(workflowsRef) ? InitSettings.refFor(plugin.getVersion()) : workflowsRef,
            javaVersion,
            workingDirectory.isEmpty() ? "." : workingDirectory,
            blank(image) ? InitSettings.defaultImage(remote) : image,
            deployment,
            dbOwners,
            approvalsFile);

    getLog().info("Adopting LifeOS in " + root + (force ? " (force: rewriting what differs)" : ""));
    List<FileOutcome> outcomes = ServiceScaffold.of(settings).writeTo(root, force);
    outcomes.forEach(outcome -> getLog().info("  " + outcome));
    getLog().info(summary(outcomes));
  }

  static String summary(List<FileOutcome> outcomes) {
    long changed = outcomes.stream().filter(o -> o.status().changedFile()).count();
    long kept = outcomes.stream().filter(o -> o.status() == FileOutcome.Status.KEPT).count();
    if (changed == 0 && kept == 0) {
      return "Nothing to do: all " + outcomes.size() + " files are already there.";
    }
    if (changed == 0) {
      return "Changed nothing: "
          + kept
          + " of "
          + outcomes.size()
          + " files differ from the templates and were kept as they are"
          + " (-Dlifeos.init.force=true rewrites them).";
    }
    return "Wrote "
        + changed
        + " of "
        + outcomes.size()
        + " files"
        + (kept > 0 ? ", kept " + kept + " of yours" : "")
        + ". Next: commit them and set up the GitHub environments (docs/adopting.md, step 5).";
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
