package dev.lifeos.maven.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedFileTest {
  @TempDir Path dir;

  @Test
  void theTailIsTheLastBytesOnly() throws IOException {
    Path log = Files.writeString(dir.resolve("a.log"), "first line\nlast line\n");
    assertThat(BoundedFile.tail(log, 10)).isEqualTo("last line\n");
    assertThat(BoundedFile.tail(log, 1 << 20)).isEqualTo("first line\nlast line\n");
  }

  @Test
  void aCharacterCutAtTheStartIsReplaced() throws IOException {
    Path log = Files.write(dir.resolve("u.log"), "é!".getBytes(StandardCharsets.UTF_8));
    assertThat(BoundedFile.tail(log, 2)).isEqualTo("\uFFFD!");
  }

  @Test
  void onlyARegularFileIsOpened() {
    assertThatThrownBy(() -> BoundedFile.tail(dir, 10))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a regular file");
  }
}
