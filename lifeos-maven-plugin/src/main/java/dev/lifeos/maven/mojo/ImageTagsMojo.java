package dev.lifeos.maven.mojo;

import dev.lifeos.maven.git.GitRepository;
import dev.lifeos.maven.image.BaseImageRegistry;
import dev.lifeos.maven.image.BootApplication;
import dev.lifeos.maven.image.BuildContext;
import dev.lifeos.maven.image.ImagePlan;
import dev.lifeos.maven.image.ImageReport;
import dev.lifeos.maven.image.ImageTags;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Names the container image of this build and hands the names to Jib. The tags follow the CI
 * context as the spec's tagging table says: a pull request {@code pr-<number>-<sha>}; a push to a
 * branch {@code <sha>} and the branch ({@code main}, {@code develop}); a release tag {@code
 * v<semver>} gives {@code <semver>}, {@code <sha>} and {@code latest} (not for a pre-release).
 * GitHub Actions' variables are read when set ({@code GITHUB_EVENT_NAME}, {@code GITHUB_REF},
 * {@code GITHUB_SHA}), the git repository when not.
 *
 * <p>It sets Jib's properties on this project ({@code jib.to.image}, {@code jib.to.tags}, {@code
 * jib.container.labels} with the OCI labels revision, created, version, title and source merged
 * over the Jib labels you configured), so {@code jib:buildTar} and {@code jib:build} later in the
 * same build use them; a {@code -Djib.to.image} on the command line still wins in Jib. Writes
 * {@code target/lifeos/image/tags.json} and, in GitHub Actions, the step outputs {@code image} and
 * {@code tags}.
 */
@Mojo(name = "image-tags", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class ImageTagsMojo extends LifeosMojo {
  static final String JIB_PLUGIN = "com.google.cloud.tools:jib-maven-plugin";
  private static final Duration BASE_PROBE_TIMEOUT = Duration.ofSeconds(5);

  /**
   * Matches no groupId:artifactId, so Jib skips the module ("not specified in jib.containerize").
   */
  private static final String NO_MODULE = "lifeos:base-image-unreachable";

  /**
   * Skips naming the image. lifeos-parent sets it to {@code true}: an application module opts in
   * with {@code false}, which also switches on the parent's Jib executions.
   */
  @Parameter(property = "lifeos.image.skip", defaultValue = "false")
  boolean skip;

  /**
   * Registry and namespace to push to: {@code ghcr.io/acme}, {@code
   * 123456789012.dkr.ecr.eu-west-1.amazonaws.com}, {@code 127.0.0.1:5000}. When empty: {@code
   * ghcr.io/<owner>} in GitHub Actions ({@code GITHUB_REPOSITORY_OWNER}), none elsewhere.
   */
  @Parameter(property = "lifeos.image.registry")
  String registry;

  /**
   * The whole repository to push to, e.g. {@code ghcr.io/acme/ledger}: when set, it replaces {@code
   * lifeos.image.registry} and {@code lifeos.image.name} (the reusable workflows pass their {@code
   * image} input here).
   */
  @Parameter(property = "lifeos.image.repository")
  String repository;

  /** Image name below the registry; lower-cased. */
  @Parameter(property = "lifeos.image.name", defaultValue = "${project.artifactId}")
  String name;

  /**
   * Tags to use instead of the computed ones, comma-separated ({@code 1.2.3,stable}). For CI
   * systems whose context this goal does not read.
   */
  @Parameter(property = "lifeos.image.tags")
  List<String> tags = new ArrayList<>();

  /**
   * The port the image exposes. Default: {@code server.port} of a Spring Boot application's {@code
   * application.properties}/{@code .yml} (default profile), else 8080.
   */
  @Parameter(property = "lifeos.image.port")
  Integer port;

  /** Length of the commit id in {@code <sha>} tags, 7 to 40. */
  @Parameter(property = "lifeos.image.shaLength", defaultValue = "7")
  int shaLength;

  /** The base image Jib builds on (lifeos-parent: {@code eclipse-temurin:<release>-jre}). */
  @Parameter(property = "lifeos.image.base")
  String base;

  /**
   * Whether the pull request's image tar is built (lifeos-parent's {@code lifeos-image-tar}
   * execution); before it is, the base image's registry is asked whether it can be reached.
   */
  @Parameter(property = "lifeos.image.tar.skip", defaultValue = "true")
  boolean tarSkip;

  /** The pipeline profile this build runs ({@code pr}, {@code main}, ...), set by lifeos-parent. */
  @Parameter(property = "lifeos.pipeline", defaultValue = "local")
  String pipeline;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws GateFailure, IOException {
    if ("pom".equals(project.getPackaging())) {
      getLog().info("No image for packaging pom: image-tags skipped, as Jib skips it.");
      return;
    }
    Map<String, String> env = environment();
    GitFacts git = readGit();
    Optional<BuildContext> context = BuildContext.resolve(env, git.state());
    ImageTags.Tags computed;
    if (!tags.isEmpty()) {
      computed = ImageTags.explicit(tags);
    } else if (context.isPresent()) {
      computed = ImageTags.compute(context.get(), shaLength);
    } else {
      computed = ImageTags.fromVersion(project.getVersion());
      getLog()
          .warn(
              "No commit to name the image after (GITHUB_SHA is unset and "
                  + project.getBasedir()
                  + " is not in a git repository): it is tagged with the project version. Build"
                  + " from a git clone, or set -Dlifeos.image.tags.");
    }
    ImagePlan plan =
        ImagePlan.of(
            repository == null || repository.isBlank()
                ? ImagePlan.repository(registry, name, env.get("GITHUB_REPOSITORY_OWNER"))
                : ImagePlan.repository(repository),
            computed,
            context.map(BuildContext::sha),
            project.getVersion(),
            git.headTime().orElseGet(Instant::now),
            source(env),
            project.getArtifactId(),
            configuredJibLabels());
    handToJib(plan);
    describeContainer();
    report(plan, context);
    if ("pr".equals(pipeline) && !tarSkip) {
      leaveOutTarWithoutBase();
    }
  }

  /**
   * A pull request's image is only built, never booted or pushed: with no way to its base (a laptop
   * offline, a CI machine without Docker Hub) the tar is left out, saying so, rather than failing
   * the PR on Jib's retries. main and release build the image from the same base and fail there.
   */
  private void leaveOutTarWithoutBase() {
    Optional<BaseImageRegistry> registry =
        base == null || base.isBlank() ? Optional.empty() : BaseImageRegistry.of(base);
    Optional<String> why = registry.flatMap(r -> r.unreachable(BASE_PROBE_TIMEOUT, environment()));
    if (why.isPresent()) {
      // The tar execution's <skip> was interpolated when the POM was read; jib.containerize is the
      // one switch Jib reads when it runs. A value naming no module leaves this one out.
      project.getProperties().setProperty("jib.containerize", NO_MODULE);
      getLog()
          .warn(
              "The base image "
                  + base
                  + " cannot be reached: "
                  + why.get()
                  + ". The pull request's image tar is not built (main and release build and"
                  + " boot it). To build it here, give a base this machine has:"
                  + " -Dlifeos.image.base=tar:///path/base.tar or a registry you run"
                  + " (docs/goals/image-tags.md).");
    }
  }

  /** The port and, in a Spring Boot application, Boot's main class: Jib reads both properties. */
  private void describeContainer() throws GateFailure, IOException {
    BootApplication boot = new BootApplication(Path.of(project.getBuild().getOutputDirectory()));
    String why = "lifeos.image.port";
    int exposed;
    if (port != null) {
      exposed = port;
    } else {
      OptionalInt serverPort = boot.serverPort();
      exposed = serverPort.orElse(BootApplication.DEFAULT_PORT);
      why = serverPort.isPresent() ? "server.port" : "the default";
    }
    project.getProperties().setProperty("jib.container.ports", String.valueOf(exposed));
    Optional<String> mainClass =
        Optional.ofNullable(project.getProperties().getProperty("start-class"))
            .filter(name -> !name.isBlank())
            .or(() -> uncheckedMainClass(boot));
    mainClass.ifPresent(
        name -> project.getProperties().setProperty("jib.container.mainClass", name));
    getLog()
        .info(
            "Image exposes port "
                + exposed
                + " ("
                + why
                + ")"
                + mainClass.map(name -> ", runs " + name).orElse("")
                + ".");
  }

  private static Optional<String> uncheckedMainClass(BootApplication boot) {
    try {
      return boot.mainClass();
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  private void handToJib(ImagePlan plan) {
    project.getProperties().setProperty("jib.to.image", plan.image());
    if (plan.additionalTags().isEmpty()) {
      project.getProperties().remove("jib.to.tags");
    } else {
      project.getProperties().setProperty("jib.to.tags", String.join(",", plan.additionalTags()));
    }
    project.getProperties().setProperty("jib.container.labels", plan.jibLabels());
  }

  private void report(ImagePlan plan, Optional<BuildContext> context) throws IOException {
    String why =
        context
            .map(c -> plan.trigger() + " " + c.ref().orElse("(detached)") + ", from " + c.source())
            .orElse(plan.trigger().toString());
    getLog()
        .info(
            "Image "
                + plan.image()
                + (plan.additionalTags().isEmpty()
                    ? ""
                    : ", also tagged " + String.join(", ", plan.additionalTags()))
                + " ("
                + why
                + ")"
                + (plan.push() ? "." : "; a pull request image is built, never pushed."));
    ImageReport.of(
            reportDirectory.toPath().resolve("image"), plan, context.flatMap(BuildContext::ref))
        .write(environment());
  }

  /** The repository's web address: GitHub's when in Actions, else the POM's {@code <scm><url>}. */
  private String source(Map<String, String> env) {
    String server = env.get("GITHUB_SERVER_URL");
    String repository = env.get("GITHUB_REPOSITORY");
    if (server != null && !server.isBlank() && repository != null && !repository.isBlank()) {
      return server.replaceAll("/+$", "") + "/" + repository;
    }
    return project.getScm() == null
        ? ""
        : Optional.ofNullable(project.getScm().getUrl()).orElse("");
  }

  /** Labels set in the POM's Jib {@code <container><labels>}: kept, and they win over ours. */
  private Map<String, String> configuredJibLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    Plugin jib = project.getPlugin(JIB_PLUGIN);
    if (jib != null && jib.getConfiguration() instanceof Xpp3Dom configuration) {
      Xpp3Dom container = configuration.getChild("container");
      Xpp3Dom configured = container == null ? null : container.getChild("labels");
      if (configured != null) {
        for (Xpp3Dom label : configured.getChildren()) {
          if (label.getValue() != null && !label.getValue().isBlank()) {
            labels.put(label.getName(), label.getValue().trim());
          }
        }
      }
    }
    return labels;
  }

  private record GitFacts(BuildContext.GitState state, Optional<Instant> headTime) {}

  private GitFacts readGit() throws IOException {
    Optional<GitRepository> found = GitRepository.find(project.getBasedir().toPath());
    if (found.isEmpty()) {
      return new GitFacts(BuildContext.GitState.NONE, Optional.empty());
    }
    try (GitRepository git = found.get()) {
      return new GitFacts(
          new BuildContext.GitState(git.head(), git.branch(), git.tagsAtHead(), git.isDirty()),
          git.headTime());
    }
  }
}
