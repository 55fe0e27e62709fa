package dev.lifeos.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubOutputTest {
  @TempDir Path dir;

  @Test
  void appendsOneLinePerOutputInOrder() throws Exception {
    Path file = dir.resolve("output");
    Files.writeString(file, "earlier=step\n");
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("image", "ghcr.io/acme/ledger:1.2.3");
    outputs.put("tags", "1.2.3,abc1234,latest");

    GitHubOutput.from(Map.of(GitHubOutput.VARIABLE, file.toString())).set(outputs);

    assertThat(Files.readString(file))
        .isEqualTo("earlier=step\nimage=ghcr.io/acme/ledger:1.2.3\ntags=1.2.3,abc1234,latest\n");
  }

  @Test
  void writesNothingOutsideGitHubActions() throws Exception {
    GitHubOutput.from(Map.of()).set(Map.of("image", "x"));
    GitHubOutput.from(Map.of(GitHubOutput.VARIABLE, " ")).set(Map.of("image", "x"));

    assertThat(Path.of(" ")).doesNotExist();
  }
}
