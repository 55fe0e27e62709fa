package dev.lifeos.maven.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding an engine and bounding its calls, with stand-in engines (shell scripts) on a PATH. */
class ContainerEngineTest {
  @TempDir Path bin;

  private void engine(String name, String script) throws Exception {
    Path file = bin.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + script + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void noEngineOnPathIsNoEngineWithTheReasonForEach() throws Exception {
    ContainerEngine.Lookup lookup =
        ContainerEngine.find("auto", bin.toString(), Duration.ofSeconds(5));

    assertThat(lookup.engine()).isEmpty();
    assertThat(lookup.whyNone()).isEqualTo("podman is not on PATH; docker is not on PATH");
  }

  @Test
  void dockerWithoutItsDaemonIsPassedOverForTheNextOrNone() throws Exception {
    engine(
        "docker",
        "echo 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.' >&2; exit 1");

    ContainerEngine.Lookup lookup =
        ContainerEngine.find("auto", bin.toString(), Duration.ofSeconds(5));

    assertThat(lookup.engine()).isEmpty();
    assertThat(lookup.whyNone())
        .contains("docker does not answer (`docker version`: Cannot connect to the Docker daemon");
  }

  @Test
  void podmanComesBeforeDocker() throws Exception {
    engine("docker", "exit 0");
    engine("podman", "exit 0");

    assertThat(ContainerEngine.find("auto", bin.toString(), Duration.ofSeconds(5)).engine())
        .hasValueSatisfying(engine -> assertThat(engine.name()).isEqualTo("podman"));
  }

  @Test
  void aNamedEngineThatCannotBeUsedFailsTheBuildInsteadOfSkipping() {
    assertThatThrownBy(() -> ContainerEngine.find("docker", bin.toString(), Duration.ofSeconds(5)))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining(
            "lifeos.containerSmoke.engine=docker cannot be used: docker is not on PATH");
  }

  @Test
  void aCallPastItsDeadlineIsStoppedAndNamed() throws Exception {
    engine("podman", "[ \"$1\" = version ] && exit 0; sleep 30");
    ContainerEngine engine =
        ContainerEngine.find("auto", bin.toString(), Duration.ofMillis(700)).engine().orElseThrow();
    long start = System.nanoTime();

    assertThatThrownBy(() -> engine.inspect("acme/ledger:1"))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("image inspect acme/ledger:1` did not finish within")
        .hasMessageContaining("-Dlifeos.containerSmoke.engineTimeout");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void theReferenceATarWasLoadedAsIsReadFromEitherEnginesAnswer() throws Exception {
    engine(
        "podman",
        "[ \"$1\" = version ] && exit 0; echo 'Getting image source signatures' >&2; echo 'Loaded image: 127.0.0.1:5000/acme/ledger:9e8d7c6'");
    engine("docker", "[ \"$1\" = version ] && exit 0; echo 'Loaded image ID: sha256:0123abcd'");

    assertThat(
            ContainerEngine.find("podman", bin.toString(), Duration.ofSeconds(5))
                .engine()
                .orElseThrow()
                .load(bin.resolve("jib-image.tar")))
        .isEqualTo("127.0.0.1:5000/acme/ledger:9e8d7c6");
    assertThat(
            ContainerEngine.find("docker", bin.toString(), Duration.ofSeconds(5))
                .engine()
                .orElseThrow()
                .load(bin.resolve("jib-image.tar")))
        .isEqualTo("sha256:0123abcd");
  }
}
