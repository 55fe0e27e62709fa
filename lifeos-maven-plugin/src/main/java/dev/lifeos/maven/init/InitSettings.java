package dev.lifeos.maven.init;

import dev.lifeos.maven.support.GateFailure;
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

  // What each value may hold. None allows a line break, a quote, '#', ': ' or '{{', so no value can
  // end its line, its quotes or its comment in a workflow, CODEOWNERS or the runbook and add a
  // step, a rule or a key of its own.
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,252}");
  private static final Pattern REPOSITORY =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}");
  private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/+-]{0,200}");
  private static final Pattern JAVA_VERSION = Pattern.compile("[0-9]{1,3}(?:\\.[0-9]{1,3})*");
  private static final Pattern RELATIVE_PATH =
      Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_./+-]{0,1000}");
  private static final Pattern IMAGE =
      Pattern.compile("(?:[A-Za-z0-9._/:@-]|\\$\\{\\{ github\\.[a-z_]+ }}){1,500}");
  private static final String OWNER =
      "(?:@[A-Za-z0-9-]+(?:/[A-Za-z0-9._-]+)?|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)";
  private static final Pattern OWNERS = Pattern.compile(OWNER + "(?: " + OWNER + "){0,20}");

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

  /**
   * Fails, naming the property to change, when a value could break out of its place in the files
   * lifeos:init writes: every value is checked against what its kind may hold (a Kubernetes name, a
   * GitHub repository, a git ref, a relative path, an image reference, CODEOWNERS owners).
   */
  public void validate() throws GateFailure {
    check(service, NAME, "The project's artifactId", "letters, digits, '.', '_' and '-'");
    check(pluginVersion, NAME, "The plugin's version", "letters, digits, '.', '_' and '-'");
    check(
        workflowsRepository,
        REPOSITORY,
        "-Dlifeos.init.workflowsRepository",
        "a GitHub repository, owner/name");
    check(
        workflowsRef, REF, "-Dlifeos.init.workflowsRef", "a tag or branch: letters, digits, ._/+-");
    check(javaVersion, JAVA_VERSION, "-Dlifeos.init.javaVersion", "a Java version such as 17");
    check(
        workingDirectory,
        RELATIVE_PATH,
        "The project's directory in its repository",
        "a relative path of letters, digits and ._/+- (CODEOWNERS takes no spaces)");
    check(
        image,
        IMAGE,
        "-Dlifeos.init.image",
        "an image reference (registry/name, letters, digits, ._/:@-) or ${{ github.<name> }}");
    check(
        deployment,
        NAME,
        "-Dlifeos.init.deployment",
        "a Kubernetes Deployment name: letters, digits, '.', '_' and '-'");
    check(
        dbOwners,
        OWNERS,
        "-Dlifeos.init.dbOwners",
        "CODEOWNERS owners: @org/team, @user or an e-mail address, separated by spaces");
    check(
        approvalsFile,
        RELATIVE_PATH,
        "-Dlifeos.init.approvalsFile",
        "a path relative to the project: letters, digits and ._/+- (CODEOWNERS takes no spaces)");
    checkInside(workingDirectory, "The project's directory in its repository");
    checkInside(approvalsFile, "-Dlifeos.init.approvalsFile");
  }

  private static void checkInside(String path, String setting) throws GateFailure {
    if (path.startsWith("/") || ("/" + path + "/").contains("/../")) {
      throw new GateFailure(
          setting
              + " is "
              + shown(path)
              + ", which leaves the repository: give a path inside it, without '..'. Nothing was"
              + " written.");
    }
  }

  private static void check(String value, Pattern allowed, String setting, String what)
      throws GateFailure {
    if (value == null || !allowed.matcher(value).matches()) {
      throw new GateFailure(
          setting
              + " is "
              + shown(value)
              + ": lifeos:init writes it into workflows, CODEOWNERS and the runbook, so it must be "
              + what
              + ". Nothing was written.");
    }
  }

  /** The value quoted on one line, with line breaks and other control characters escaped. */
  private static String shown(String value) {
    if (value == null) {
      return "not set";
    }
    StringBuilder text = new StringBuilder("'");
    value
        .codePoints()
        .limit(200)
        .forEach(
            c -> {
              if (c == '\n') {
                text.append("\\n");
              } else if (c == '\r') {
                text.append("\\r");
              } else if (Character.isISOControl(c) || c == 0xFEFF) {
                text.append(String.format("\\u%04x", c));
              } else {
                text.appendCodePoint(c);
              }
            });
    return text.append(value.length() > 200 ? "...'" : "'").toString();
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
