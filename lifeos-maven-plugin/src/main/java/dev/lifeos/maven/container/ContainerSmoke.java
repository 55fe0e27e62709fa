package dev.lifeos.maven.container;

import dev.lifeos.maven.smoke.SmokeCheck;
import dev.lifeos.maven.smoke.SmokeTest;
import dev.lifeos.maven.support.DurationText;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "The image boots": runs the image in a container on a loopback port the engine picks, smoke-tests
 * it with {@link SmokeTest}, keeps the container's last log lines when it fails, and removes the
 * container on every way out: a pass, a failure, an exception, and the JVM ending (Ctrl-C) while it
 * runs. A container that exits stops the wait at once instead of costing every attempt.
 */
public final class ContainerSmoke {
  /**
   * What to run and how.
   *
   * @param image the tar or registry reference
   * @param port the container port to publish; empty: the one port the image exposes
   * @param environment variables for the container, passed through a file only the build user reads
   * @param logLines how many of the container's last log lines a failure shows
   * @param insecureRegistry pull over plain HTTP / without verifying the certificate
   * @param workDirectory where the variables file is written (and deleted)
   */
  public record Settings(
      ImageSource image,
      OptionalInt port,
      Map<String, String> environment,
      int logLines,
      boolean insecureRegistry,
      Path workDirectory) {}

  /**
   * How it went.
   *
   * @param image the reference the container was started from
   * @param logTail the container's last log lines when the smoke test failed, else none
   */
  public record Outcome(
      String image, String engine, SmokeTest.Result result, ContainerEngine.Logs logTail) {}

  private final ContainerEngine engine;
  private final Consumer<String> log;

  public ContainerSmoke(ContainerEngine engine, Consumer<String> log) {
    this.engine = engine;
    this.log = log;
  }

  /** Checks the variables before anything runs: a value an env file cannot hold is a user error. */
  public static void validate(Map<String, String> environment) throws GateFailure {
    for (Map.Entry<String, String> variable : environment.entrySet()) {
      if (!variable.getKey().matches("[A-Za-z_][A-Za-z0-9_.]*")) {
        throw new GateFailure(
            "Container variable '"
                + variable.getKey()
                + "' is not a variable name: use letters,"
                + " digits and '_' in <containerEnvironment>.");
      }
      if (variable.getValue() != null && variable.getValue().matches("(?s).*[\\r\\n\\x00].*")) {
        throw new GateFailure(
            "Container variable "
                + variable.getKey()
                + " holds a line break or NUL: an engine's"
                + " env file cannot pass it. Use a single-line value.");
      }
    }
  }

  /**
   * Boots the image and smoke-tests it; {@code template}'s URL is replaced by the container's.
   *
   * @throws GateFailure when the image cannot be loaded, pulled or started (not when the service in
   *     it fails: that is a failed {@link Outcome#result()})
   */
  public Outcome run(Settings settings, SmokeTest.Settings template)
      throws GateFailure, InterruptedException, IOException {
    validate(settings.environment());
    String reference = bringIn(settings);
    ContainerEngine.Image image = engine.inspect(reference);
    int port = port(settings.port(), image, reference);
    byte[] random = new byte[6];
    new SecureRandom().nextBytes(random); // never generateSeed: it may block on the entropy pool
    String name = "lifeos-smoke-" + HexFormat.of().formatHex(random);
    Optional<Path> envFile = envFile(settings);
    Thread removal = new Thread(() -> removeQuietly(name), "lifeos-container-smoke-cleanup");
    Runtime.getRuntime().addShutdownHook(removal);
    try {
      long start = System.nanoTime();
      engine.run(name, image.id(), port, envFile);
      log.accept("Started container " + name + " of " + reference + " (" + engine.name() + ")");
      SmokeTest.Result result = smoke(name, port, template, start);
      ContainerEngine.Logs logTail =
          result.passed() ? ContainerEngine.Logs.NONE : engine.logs(name, settings.logLines());
      return new Outcome(reference, engine.name(), result, logTail);
    } finally {
      removeQuietly(name);
      try {
        Runtime.getRuntime().removeShutdownHook(removal);
      } catch (IllegalStateException shuttingDown) {
        // the JVM is ending (Ctrl-C): the hook runs anyway, and the container is gone already
      }
      if (envFile.isPresent()) {
        Files.deleteIfExists(envFile.get());
      }
    }
  }

  private String bringIn(Settings settings) throws GateFailure, InterruptedException {
    long start = System.nanoTime();
    if (settings.image().tar().isPresent()) {
      Path tar = settings.image().tar().get();
      String reference = engine.load(tar);
      log.accept("Loaded " + reference + " from " + tar + " in " + since(start));
      return reference;
    }
    String reference = settings.image().reference().orElseThrow();
    if (settings.image().pull()) {
      engine.pull(reference, settings.insecureRegistry());
      log.accept("Pulled " + reference + " in " + since(start));
    }
    return reference;
  }

  private SmokeTest.Result smoke(String name, int port, SmokeTest.Settings template, long start)
      throws GateFailure, InterruptedException {
    Optional<Integer> hostPort = engine.hostPort(name, port);
    if (hostPort.isEmpty()) {
      // it stopped before the engine reported the port: there is nothing to call
      String ended = engine.ended(name).orElse("the engine published no port " + port + " for it");
      Duration time = Duration.ofNanos(System.nanoTime() - start);
      SmokeCheck check =
          new SmokeCheck(
              "GET " + template.healthPath(),
              "container " + name,
              SmokeCheck.Outcome.FAILED,
              ended + " before it served",
              0,
              time);
      return new SmokeTest.Result(URI.create("http://127.0.0.1/"), List.of(check), time);
    }
    URI url = URI.create("http://127.0.0.1:" + hostPort.get());
    log.accept("Container " + name + " serves port " + port + " on " + url);
    return new SmokeTest(template.withUrl(url), log).run(stillRunning(name));
  }

  private Supplier<Optional<String>> stillRunning(String name) {
    return () -> {
      try {
        return engine.ended(name);
      } catch (GateFailure unknown) {
        return Optional.empty(); // the wait is bounded by the attempts anyway
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.of("the build was interrupted");
      }
    };
  }

  private static int port(OptionalInt configured, ContainerEngine.Image image, String reference)
      throws GateFailure {
    if (configured.isPresent()) {
      return configured.getAsInt();
    }
    if (image.exposedPorts().size() == 1) {
      return image.exposedPorts().iterator().next();
    }
    throw new GateFailure(
        "The image "
            + reference
            + (image.exposedPorts().isEmpty()
                ? " exposes no port"
                : " exposes several ports " + image.exposedPorts())
            + ": set -Dlifeos.containerSmoke.port to the one its service answers on (or"
            + " lifeos.image.port, which Jib exposes).");
  }

  private Optional<Path> envFile(Settings settings) throws IOException {
    if (settings.environment().isEmpty()) {
      return Optional.empty();
    }
    Files.createDirectories(settings.workDirectory());
    Path file =
        Files.createTempFile(
            settings.workDirectory(),
            "container",
            ".env",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    StringBuilder text = new StringBuilder();
    settings
        .environment()
        .forEach(
            (key, value) ->
                text.append(key).append('=').append(value == null ? "" : value).append('\n'));
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return Optional.of(file);
  }

  private void removeQuietly(String name) {
    try {
      engine
          .remove(name)
          .ifPresent(
              why ->
                  log.accept(
                      "Could not remove container "
                          + name
                          + ": "
                          + why
                          + ". Remove it with `"
                          + engine.name()
                          + " rm -f "
                          + name
                          + "`."));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String since(long startNanos) {
    return DurationText.of(Duration.ofNanos(System.nanoTime() - startNanos));
  }
}
