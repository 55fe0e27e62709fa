package dev.lifeos.maven.mojo;

import dev.lifeos.maven.env.CiEnvironment;
import dev.lifeos.maven.env.SecretScan;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the committed CI environment file (spec 4.3, {@code .env.ci}) for secrets and, in the CI
 * profiles, loads it into the environment of the module's Surefire and Failsafe test JVMs.
 *
 * <p>The file is looked up in the module, then in the directories above it up to the build's root
 * (so one file at the root serves every module). The build fails when a value looks like a secret:
 * the message names the key and line, never the value. {@code KEY=${KEY}} lines are not loaded: the
 * test JVMs inherit that variable from the environment the build runs in (a CI secret, say). A
 * variable the POM sets in Surefire's or Failsafe's {@code environmentVariables} wins over the
 * file.
 */
@Mojo(name = "env-ci", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class EnvCiMojo extends LifeosMojo {
  /** Skips the check and the loading. */
  @Parameter(property = "lifeos.envCi.skip", defaultValue = "false")
  private boolean skip;

  /** The env file's name, looked up from the module up to the build's root; or an absolute path. */
  @Parameter(property = "lifeos.envCi.file", defaultValue = ".env.ci")
  private String file;

  /**
   * Loads the variables into the test JVMs. {@code lifeos-parent} sets it in the CI profiles (pr,
   * main, release, nightly); without it the file is only checked.
   */
  @Parameter(property = "lifeos.envCi.load", defaultValue = "false")
  private boolean load;

  /**
   * Fails the build when the file holds what looks like a secret; {@code false} only warns, and the
   * file is then not loaded into the test JVMs. A file that cannot be read fails either way.
   */
  @Parameter(property = "lifeos.envCi.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /** Keys whose values are not secret although they look like it, comma-separated. */
  @Parameter(property = "lifeos.envCi.allowedKeys")
  private String allowedKeys;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    Path basedir = project.getBasedir().toPath();
    File top = session.getRequest().getMultiModuleProjectDirectory();
    Optional<Path> found =
        Path.of(file).isAbsolute()
            ? Optional.of(Path.of(file))
            : CiEnvironment.locate(basedir, top == null ? basedir : top.toPath(), file);
    if (found.isEmpty()) {
      getLog().info("No " + file + " in " + basedir + " or above it: nothing to check or load.");
      return;
    }
    CiEnvironment env;
    try {
      env = CiEnvironment.read(found.get(), new SecretScan(allowedKeys));
    } catch (CiEnvironment.SecretsFound secrets) {
      if (failOnViolation) {
        throw secrets;
      }
      getLog().warn(secrets.getMessage());
      getLog()
          .warn(
              "lifeos.envCi.failOnViolation=false: this build only warns, and loads nothing from "
                  + found.get()
                  + ".");
      return;
    }
    if ("pom".equals(project.getPackaging())) {
      getLog().info(found.get() + ": no secrets.");
      return;
    }
    if (!load) {
      getLog()
          .info(
              found.get()
                  + ": no secrets. Not loaded into the test JVMs outside the CI profiles"
                  + " (-Dlifeos.envCi.load=true loads it).");
      return;
    }
    BuildEvents.of(session, getLog())
        .watcher(EnvInjection.class, EnvInjection::new)
        .register(project, env.variables());
    List<String> inherited = env.inheritedKeys();
    getLog()
        .info(
            "Loaded "
                + env.variables().size()
                + (env.variables().size() == 1 ? " variable from " : " variables from ")
                + found.get()
                + " into the Surefire and Failsafe JVMs"
                + (inherited.isEmpty()
                    ? "."
                    : "; taken from the build's environment: "
                        + String.join(", ", inherited)
                        + "."));
  }
}
