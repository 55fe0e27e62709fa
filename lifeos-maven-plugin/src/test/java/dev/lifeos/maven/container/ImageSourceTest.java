package dev.lifeos.maven.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSourceTest {
  @TempDir Path basedir;

  @Test
  void anExistingTarIsLoaded() throws Exception {
    Files.createDirectories(basedir.resolve("target"));
    Files.writeString(basedir.resolve("target/jib-image.tar"), "x");

    ImageSource source = ImageSource.parse("target/jib-image.tar", basedir, true);

    assertThat(source.tar()).contains(basedir.resolve("target/jib-image.tar"));
    assertThat(source.reference()).isEmpty();
  }

  @Test
  void aMissingTarSaysHowToBuildIt() {
    assertThatThrownBy(() -> ImageSource.parse("target/jib-image.tar", basedir, true))
        .hasMessageContaining("No image tar at " + basedir.resolve("target/jib-image.tar"))
        .hasMessageContaining("jib:buildTar");
  }

  @Test
  void aReferenceIsPulledUnlessToldNot() throws Exception {
    assertThat(ImageSource.parse("127.0.0.1:5000/acme/ledger:9e8d7c6", basedir, true))
        .isEqualTo(
            new ImageSource(
                java.util.Optional.empty(),
                java.util.Optional.of("127.0.0.1:5000/acme/ledger:9e8d7c6"),
                true));
    assertThat(ImageSource.parse("acme/ledger@sha256:0123", basedir, false).pull()).isFalse();
  }

  @Test
  void whatWouldReadAsAnOptionIsRefused() {
    assertThatThrownBy(() -> ImageSource.parse("--privileged", basedir, true))
        .hasMessageContaining("is neither an image tar nor an image reference");
    assertThatThrownBy(() -> ImageSource.parse("acme/ledger:1 --rm", basedir, true))
        .hasMessageContaining("is neither an image tar nor an image reference");
  }
}
