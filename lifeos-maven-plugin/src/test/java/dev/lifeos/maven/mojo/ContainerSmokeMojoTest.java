package dev.lifeos.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal where no engine can run the image: one warning line and a skip, or a failure if named.
 */
class ContainerSmokeMojoTest {
  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  private ContainerSmokeMojo goal(String engine) throws Exception {
    Files.createDirectories(dir.resolve("target"));
    Files.writeString(dir.resolve("target/jib-image.tar"), "an image tar");
    Path emptyPath = Files.createDirectories(dir.resolve("bin"));
    ContainerSmokeMojo goal =
        new ContainerSmokeMojo() {
          @Override
          protected Map<String, String> environment() {
            return Map.of("PATH", emptyPath.toString());
          }
        };
    goal.project = new MavenProject();
    goal.project.setFile(new File(dir.toFile(), "pom.xml"));
    goal.reportDirectory = dir.resolve("target/lifeos").toFile();
    goal.image = "target/jib-image.tar";
    goal.engine = engine;
    goal.engineTimeout = "5s";
    goal.logLines = 50;
    goal.healthPath = "/health";
    goal.attempts = 1;
    goal.interval = "1s";
    goal.requestTimeout = "1s";
    goal.maxBodyKb = 1024;
    goal.setLog(
        new SystemStreamLog() {
          @Override
          public void warn(CharSequence content) {
            warnings.add(content.toString());
          }
        });
    return goal;
  }

  @Test
  void withNoEngineOnPathItSaysSoInOneLineAndSkips() throws Exception {
    goal("auto").execute();

    assertThat(warnings)
        .containsExactly(
            "No container engine to boot "
                + dir.resolve("target/jib-image.tar")
                + " in (podman is not on PATH; docker is not on PATH): container-smoke skipped."
                + " Install podman or docker to run this gate.");
    assertThat(dir.resolve("target/lifeos/container-smoke")).doesNotExist();
  }

  @Test
  void aNamedEngineThatIsMissingFailsTheBuild() {
    assertThatThrownBy(() -> goal("podman").execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(
            "The container engine lifeos.containerSmoke.engine=podman cannot be used: podman is not"
                + " on PATH.");
  }
}
