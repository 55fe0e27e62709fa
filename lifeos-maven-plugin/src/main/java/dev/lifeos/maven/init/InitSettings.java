package dev.lifeos.maven.init;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What lifeos:init writes into a service's files.
 *
 * @param service the service's name (its artifactId), for comments
 * @param pluginVersion the lifeos-maven-plugin version that wrote the files
 * @param workflowsRepository {@code owner/name} of the repository holding the reusable workflows
 * @param workflowsRef tag or branch of it the callers pin ({@code v0.1.0})
 * @param javaVersion JDK the pipelines run on
 * @param workingDirectory the service's directory relative to the repository root ({@code .})
 * @param image image repository the pipelines push to
 * @param deployment Kubernetes Deployment the pipelines roll out
 * @param dbOwners CODEOWNERS owner of the migration approvals file ({@code @acme/db-team})
 * @param approvalsFile the approvals file relative to the service directory
 */
public record InitSettings(
    String service,
    String pluginVersion,
    String workflowsRepository,
    String workflowsRef,
    String javaVersion,
    String workingDirectory,
    String image,
    String deployment,
    String dbOwners,
    String approvalsFile) {

  private static final Pattern GITHUB_REMOTE =
      Pattern.compile("github\\.com[:/]([^/]+)/([^/]+?)(?:\\.git)?/?$");

  /**
   * The image a service pushes by default: {@code ghcr.io/<owner>/<repo>} of its GitHub remote,
   * lower-cased as registries want it; else GitHub's expression for the repository.
   */
  public static String defaultImage(Optional<String> remoteUrl) {
    return remoteUrl
        .map(GITHUB_REMOTE::matcher)
        .filter(Matcher::find)
        .map(m -> "ghcr.io/" + (m.group(1) + "/" + m.group(2)).toLowerCase(Locale.ROOT))
        .orElse("ghcr.io/${{ github.repository }}");
  }

  /** The tag of the reusable workflows matching a plugin version: 0.1.0-SNAPSHOT gives v0.1.0. */
  public static String refFor(String pluginVersion) {
    return "v" + pluginVersion.replace("-SNAPSHOT", "");
  }

  /** The approvals file relative to the repository root, '/'-separated. */
  public String approvalsPathInRepository() {
    String dir = workingDirectory.equals(".") ? "" : workingDirectory + "/";
    return dir + approvalsFile;
  }

  /** The CODEOWNERS rule that gives the approvals file to the DB team. */
  public String codeownersRule() {
    return "/" + approvalsPathInRepository() + " " + dbOwners;
  }

  /** The values of the templates' {@code {{lifeos.<name>}}} tokens. */
  Map<String, String> tokens() {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("service", service);
    tokens.put("pluginVersion", pluginVersion);
    tokens.put("workflowsRepository", workflowsRepository);
    tokens.put("workflowsRef", workflowsRef);
    tokens.put("javaVersion", javaVersion);
    tokens.put("workingDirectory", workingDirectory);
    tokens.put("image", image);
    tokens.put("deployment", deployment);
    tokens.put("dbOwners", dbOwners);
    tokens.put("approvalsFile", approvalsFile);
    tokens.put("codeownersRule", codeownersRule());
    tokens.put(
        "docs", "https://github.com/" + workflowsRepository + "/blob/" + workflowsRef + "/docs");
    return tokens;
  }
}
