package dev.lifeos.maven.mojo;

import dev.lifeos.maven.container.ContainerEngine;
import dev.lifeos.maven.container.ContainerSmoke;
import dev.lifeos.maven.container.ImageSource;
import dev.lifeos.maven.secrets.SecretNames;
import dev.lifeos.maven.smoke.Durations;
import dev.lifeos.maven.smoke.SmokeReports;
import dev.lifeos.maven.support.GateFailure;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * "The image boots": runs the image this build made in a container (podman or docker, whichever is
 * on PATH) on a loopback port the engine picks, and runs the checks of {@code lifeos:smoketest}
 * against it (health, ping, the configured endpoints), before anything is pushed. Writes {@code
 * target/lifeos/container-smoke/TEST-lifeos-container-smoke.xml} and {@code summary.md}; a failure
 * quotes the container's last log lines. The container is removed on every way out. Where neither
 * engine is installed it says so in one line and skips.
 *
 * <p>lifeos-parent binds it at verify in {@code -Pmain} and {@code -Prelease}, after {@code
 * jib:buildTar} (package) and before {@code jib:build} (deploy).
 */
@Mojo(name = "container-smoke", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ContainerSmokeMojo extends SmokeMojo {
  /**
   * Skips the boot gate. lifeos-parent sets it to {@code ${lifeos.image.skip}}: a module that
   * builds no image boots none.
   */
  @Parameter(property = "lifeos.containerSmoke.skip", defaultValue = "false")
  boolean skip;

  /** {@code -Dlifeos.skip=true} switches this gate off too, as it does every gate. */
  @Parameter(defaultValue = "${lifeos.skip}", readonly = true)
  boolean allGatesSkipped;

  /**
   * The image: an image tar (default: the one {@code jib:buildTar} writes), or a registry reference
   * to pull ({@code 127.0.0.1:5000/acme/ledger:9e8d7c6}).
   */
  @Parameter(
      property = "lifeos.containerSmoke.image",
      defaultValue = "${project.build.directory}/jib-image.tar")
  String image;

  /**
   * Whether a registry reference is pulled before it runs. {@code false} runs the engine's own
   * image of that name (one {@code jib:dockerBuild} made, say).
   */
  @Parameter(property = "lifeos.containerSmoke.pull", defaultValue = "true")
  boolean pull;

  /**
   * {@code auto}: podman, else docker, the first on PATH that answers; or {@code podman}, {@code
   * docker} or a path to one, which must then work (an engine that cannot be used fails the build
   * instead of skipping it).
   */
  @Parameter(property = "lifeos.containerSmoke.engine", defaultValue = "auto")
  String engine;

  /** The container port the service answers on; unset, the one port the image exposes. */
  @Parameter(property = "lifeos.containerSmoke.port")
  Integer port;

  /**
   * Variables for the container, e.g. {@code <SPRING_PROFILES_ACTIVE>ci</SPRING_PROFILES_ACTIVE>}.
   * Passed through a file that only the build user can read, deleted after: never on a command
   * line. As in the build's own environment, the values of variables named like secrets ({@code
   * *_PASSWORD}, {@code *_TOKEN}, ...) and the passwords in URL values are masked in every log
   * line.
   */
  @Parameter Map<String, String> containerEnvironment = new LinkedHashMap<>();

  /** The longest any one engine call (load, pull, run, inspect, logs, rm) may take. */
  @Parameter(property = "lifeos.containerSmoke.engineTimeout", defaultValue = "2m")
  String engineTimeout;

  /** How many of the container's last log lines a failure shows. */
  @Parameter(property = "lifeos.containerSmoke.logLines", defaultValue = "50")
  int logLines;

  /** Pull a registry image over plain HTTP or without verifying its certificate (podman). */
  @Parameter(property = "lifeos.image.allowInsecureRegistries", defaultValue = "false")
  boolean allowInsecureRegistries;

  @Override
  protected boolean isSkipped() {
    return skip || allGatesSkipped;
  }

  @Override
  protected void run() throws Exception {
    if ("pom".equals(project.getPackaging())) {
      getLog().info("No image for packaging pom: container-smoke skipped, as Jib skips it.");
      return;
    }
    containerEnvironment.forEach(
        (name, value) -> {
          secretsIn(value);
          if (SecretNames.isSecretName(name)) {
            secret(value);
          }
        });
    ContainerSmoke.validate(containerEnvironment);
    if (port != null && (port < 1 || port > 65535)) {
      throw new GateFailure("lifeos.containerSmoke.port is " + port + ": use a port, 1 to 65535.");
    }
    if (logLines < 1) {
      throw new GateFailure("lifeos.containerSmoke.logLines is " + logLines + ": use 1 or more.");
    }
    var template = settings(URI.create("http://127.0.0.1/"));
    ImageSource source = ImageSource.parse(image, project.getBasedir().toPath(), pull);
    ContainerEngine.Lookup lookup =
        ContainerEngine.find(
            engine,
            environment().get("PATH"),
            Durations.parse(engineTimeout, "lifeos.containerSmoke.engineTimeout"));
    if (lookup.engine().isEmpty()) {
      getLog()
          .warn(
              "No container engine to boot "
                  + source
                  + " in ("
                  + lookup.whyNone()
                  + "): container-smoke skipped. Install podman or docker to run this gate.");
      return;
    }
    getLog().info("Container smoke test of " + source + ": " + pace() + ".");
    ContainerSmoke.Outcome outcome =
        new ContainerSmoke(lookup.engine().get(), getLog()::info)
            .run(
                new ContainerSmoke.Settings(
                    source,
                    port == null ? OptionalInt.empty() : OptionalInt.of(port),
                    Map.copyOf(containerEnvironment),
                    logLines,
                    allowInsecureRegistries,
                    reportDirectory.toPath().resolve("container-smoke")),
                template);
    Path junit = report(SmokeReports.Kind.CONTAINER, outcome.result());
    if (!outcome.result().passed()) {
      StringBuilder message =
          new StringBuilder("The image ")
              .append(outcome.image())
              .append(" does not pass its smoke test in a container (")
              .append(outcome.engine())
              .append("):")
              .append(failedChecks(outcome.result()));
      quote(message, "output", outcome.logTail().output());
      quote(message, "error output", outcome.logTail().errors());
      message
          .append("\nFix the service before it is pushed (run it: ")
          .append(outcome.engine())
          .append(" run --rm -p 8080:<port> ")
          .append(outcome.image())
          .append("), or skip this gate with -Dlifeos.containerSmoke.skip=true. Report: ")
          .append(junit);
      throw new GateFailure(message.toString());
    }
    getLog()
        .info(
            "Container smoke test passed: "
                + outcome.result().checks().size()
                + " checks against "
                + outcome.image()
                + ". Report: "
                + junit);
  }

  private static void quote(StringBuilder message, String stream, List<String> lines) {
    if (!lines.isEmpty()) {
      message
          .append("\nLast ")
          .append(lines.size())
          .append(" lines of the container's ")
          .append(stream)
          .append(':');
      lines.forEach(line -> message.append("\n  | ").append(line));
    }
  }
}
