package dev.lifeos.maven.container;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real image to boot, built with podman on the JRE base of src/it/lib/jre-base-image.sh
 * (localhost/lifeos-jre:17, else its cached tar) with {@link TinyService} in it. Tests that need it
 * are skipped, saying why, where podman cannot run containers or no base was built (CI builds it:
 * .ci/run). On a sandbox like CI's, podman needs CONTAINERS_CONF=.ci/containers.conf.
 */
final class TestImages {
  static final String BASE = "localhost/lifeos-jre:17";
  static final String SERVICE = "localhost/lifeos-test-tiny-service:1";

  private static Boolean built;

  private TestImages() {}

  /** Builds the service image once per test JVM, or skips the calling test. */
  static synchronized void requireService() throws Exception {
    if (built == null) {
      built = build();
    }
    assumeTrue(built, "podman or the JRE base image is missing: see TestImages");
  }

  private static boolean build() throws Exception {
    if (!ok(List.of("podman", "version"))) {
      System.out.println("TestImages: podman does not run here: container tests skipped");
      return false;
    }
    if (!ok(List.of("podman", "image", "exists", BASE))) {
      Path cached =
          Path.of(
              System.getenv()
                  .getOrDefault("LIFEOS_CACHE", System.getProperty("user.home") + "/.cache/lifeos"),
              "jre-base",
              "jre-17.tar");
      if (!Files.isRegularFile(cached)
          || !ok(List.of("podman", "load", "-q", "-i", cached.toString()))) {
        System.out.println(
            "TestImages: no "
                + BASE
                + " and no "
                + cached
                + " (bash src/it/lib/jre-base-image.sh builds it): container tests skipped");
        return false;
      }
    }
    Path context = Files.createTempDirectory("lifeos-test-image");
    Path classes =
        Path.of(TinyService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path app = context.resolve("app/dev/lifeos/maven/container");
    Files.createDirectories(app);
    Files.copy(
        classes.resolve("dev/lifeos/maven/container/TinyService.class"),
        app.resolve("TinyService.class"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        context.resolve("Containerfile"),
        "FROM "
            + BASE
            + "\n"
            + "COPY app /app\n"
            + "USER 65532\n"
            + "EXPOSE 8080\n"
            + "ENTRYPOINT [\"java\", \"-XX:+ExitOnOutOfMemoryError\", \"-cp\", \"/app\","
            + " \"dev.lifeos.maven.container.TinyService\"]\n");
    return ok(List.of("podman", "build", "-q", "-t", SERVICE, context.toString()));
  }

  /** Saves the service image as an image tar, as jib:buildTar writes one. */
  static Path serviceTar(Path dir) throws Exception {
    Path tar = dir.resolve("jib-image.tar");
    assumeTrue(
        ok(
            List.of(
                "podman",
                "save",
                "-q",
                "--format",
                "docker-archive",
                "-o",
                tar.toString(),
                SERVICE)),
        "podman save failed");
    return tar;
  }

  /** Names of the containers the boot gate started and left (there should be none). */
  static String leftovers() throws IOException, InterruptedException {
    Process ps =
        new ProcessBuilder(
                "podman",
                "ps",
                "-a",
                "--filter",
                "label=" + ContainerEngine.LABEL,
                "--format",
                "{{.Names}}")
            .redirectErrorStream(true)
            .start();
    String names = new String(ps.getInputStream().readAllBytes()).strip();
    ps.waitFor(60, TimeUnit.SECONDS);
    return names;
  }

  static boolean ok(List<String> command) throws IOException, InterruptedException {
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException notInstalled) {
      return false;
    }
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return false;
    }
    return process.exitValue() == 0;
  }
}
