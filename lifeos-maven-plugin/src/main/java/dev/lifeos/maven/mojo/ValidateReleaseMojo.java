package dev.lifeos.maven.mojo;

import dev.lifeos.maven.git.GitRepository;
import dev.lifeos.maven.release.ReleaseTag;
import dev.lifeos.maven.release.ReleaseValidator;
import dev.lifeos.maven.report.GateReport;
import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks that a release is ready to ship: the release tag is a semantic version tag ({@code
 * v1.2.3}, pre-releases such as {@code v1.2.3-rc.1} allowed), it equals the project version
 * (without {@code -SNAPSHOT}), and the changelog has a section for that version with rollback
 * notes. Bound to {@code validate} in the {@code release} profile of lifeos-parent; writes {@code
 * target/lifeos/release/release.json}.
 */
@Mojo(name = "validate-release", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateReleaseMojo extends LifeosMojo {
  static final String CHANGELOG = "CHANGELOG.md";

  /** Skips the release validation. */
  @Parameter(property = "lifeos.release.skip", defaultValue = "false")
  boolean skip;

  /**
   * The release tag, e.g. {@code v1.2.3}. When unset: {@code GITHUB_REF_NAME} of a workflow started
   * by a tag, else a tag that points at HEAD ({@code git describe --exact-match}).
   */
  @Parameter(property = "lifeos.release.tag")
  String tag;

  /**
   * The changelog to read. When unset: {@code CHANGELOG.md} of this project, else of the build's
   * top-level project (the repository root of a multi-module build).
   */
  @Parameter(property = "lifeos.release.changelog")
  File changelog;

  @Parameter(defaultValue = "${session.topLevelProject.basedir}", readonly = true)
  File topLevelDirectory;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws GateFailure, IOException {
    ReleaseTag release =
        ReleaseTag.resolve(tag, environment(), tagsAtHead())
            .orElseThrow(
                () ->
                    new GateFailure(
                        "No release tag to validate. Pass -Dlifeos.release.tag=v1.2.3, run in a"
                            + " workflow started by a tag push (GITHUB_REF_NAME), or tag HEAD (git"
                            + " tag v1.2.3)."));
    Path file = changelogFile();
    ReleaseValidator.Release checked =
        ReleaseValidator.validate(release, project.getVersion(), file);
    getLog()
        .info(
            "Release "
                + release
                + ": version "
                + checked.version()
                + " matches the project, "
                + file.getFileName()
                + " has its section (line "
                + checked.sectionLine()
                + ") with rollback notes (line "
                + checked.rollbackLine()
                + ").");
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("tag", release.name());
    report.put("tagSource", release.source());
    report.put("version", checked.version().toString());
    report.put("preRelease", checked.version().isPreRelease());
    report.put("changelog", file.toString());
    report.put("sectionLine", checked.sectionLine());
    report.put("rollbackLine", checked.rollbackLine());
    GateReport.in(reportDirectory.toPath().resolve("release"))
        .json("release.json", report)
        .write(environment());
  }

  private List<String> tagsAtHead() throws IOException {
    Optional<GitRepository> git = GitRepository.find(project.getBasedir().toPath());
    if (git.isEmpty()) {
      return List.of();
    }
    try (GitRepository repository = git.get()) {
      return repository.tagsAtHead();
    }
  }

  private Path changelogFile() {
    if (changelog != null) {
      return changelog.toPath();
    }
    Path own = project.getBasedir().toPath().resolve(CHANGELOG);
    if (Files.isRegularFile(own) || topLevelDirectory == null) {
      return own;
    }
    Path root = topLevelDirectory.toPath().resolve(CHANGELOG);
    return Files.isRegularFile(root) ? root : own;
  }
}
