package dev.lifeos.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.baseline.Baseline.FormattingEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormattingBaselineTest {
  @TempDir Path dir;

  @Test
  void skipsABaselinedFileOnlyWhileItsContentIsUnchanged() throws Exception {
    Files.writeString(dir.resolve("Same.java"), "class Same {  }\n");
    Files.writeString(dir.resolve("Edited.java"), "class Edited {  }\n");
    List<FormattingEntry> entries =
        List.of(
            new FormattingEntry("Same.java", ContentHash.of("class Same {  }\n".getBytes())),
            new FormattingEntry("Edited.java", ContentHash.of("class Edited { }\n".getBytes())),
            new FormattingEntry("Gone.java", "00"));
    FormattingBaseline baseline = FormattingBaseline.of(entries, dir);
    assertThat(baseline.skipped()).containsExactly("Same.java");
    assertThat(baseline.removable())
        .extracting(FormattingEntry::file)
        .containsExactly("Edited.java", "Gone.java");
  }

  @Test
  void windowsLineEndingsHashLikeTheCommittedFile() {
    assertThat(ContentHash.of("a\r\nb\rc\n".getBytes()))
        .isEqualTo(ContentHash.of("a\nb\nc\n".getBytes()));
    assertThat(ContentHash.of("a\n".getBytes())).isNotEqualTo(ContentHash.of("a \n".getBytes()));
  }
}
