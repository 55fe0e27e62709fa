package dev.lifeos.maven.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.baseline.Baseline.BugEntry;
import dev.lifeos.maven.baseline.Baseline.CompilerEntry;
import dev.lifeos.maven.baseline.Baseline.FormattingEntry;
import dev.lifeos.maven.baseline.Baseline.MigrationEntry;
import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {
  @TempDir Path dir;

  static Baseline sample() {
    return new Baseline(
        List.of(
            new FormattingEntry("src/main/java/b/B.java", "bb"),
            new FormattingEntry("src/main/java/a/A.java", "aa")),
        List.of(
            new CompilerEntry(
                "src/main/java/a/A.java",
                "NullAway",
                "returning @Nullable expression from method with @NonNull return type",
                "return map.get(id);",
                2)),
        List.of(
            new BugEntry(
                "WEAK_MESSAGE_DIGEST_MD5",
                "High",
                "a.Tokens",
                "sign",
                "MD2, MD4 and MD5 are weak hash functions",
                "afb7",
                List.of(Map.of("element", "Class", "classname", "a.Tokens", "primary", "true")))),
        List.of(
            new MigrationEntry(
                "V2",
                "src/main/resources/db/migration/V2__drop.sql",
                1987050360,
                List.of("drop-column"))));
  }

  @Test
  void writesWhatItReadsBack() throws Exception {
    Path file = dir.resolve("lifeos-baseline.json");
    BaselineFile.write(file, sample());
    assertThat(BaselineFile.read(file)).isEqualTo(sample());
  }

  @Test
  void writesOneFieldALineSortedWithLfEndings() throws Exception {
    String text = BaselineFile.text(sample());
    assertThat(text).doesNotContain("\r").endsWith("}\n");
    assertThat(text)
        .contains(
            "  \"formatting\": [\n    {\n      \"file\": \"src/main/java/a/A.java\",\n"
                + "      \"sha256\": \"aa\"\n    },\n    {\n      \"file\": \"src/main/java/b/B.java\"");
    assertThat(text.indexOf("\"about\"")).isLessThan(text.indexOf("\"version\": 1"));
    assertThat(text.indexOf("\"compiler\"")).isLessThan(text.indexOf("\"spotbugs\""));
    assertThat(text)
        .contains("\"count\": 2")
        .doesNotContain("\"empty\"")
        .doesNotContain("\"line\"");
  }

  @Test
  void recordingTheSameFindingsTwiceGivesTheSameText() throws Exception {
    Baseline shuffled =
        new Baseline(
            List.of(sample().formatting().get(1), sample().formatting().get(0)),
            sample().compiler(),
            sample().spotbugs(),
            sample().migrations());
    assertThat(BaselineFile.text(shuffled)).isEqualTo(BaselineFile.text(sample()));
  }

  @Test
  void noFileIsAnEmptyBaseline() throws Exception {
    assertThat(BaselineFile.read(dir.resolve("missing.json"))).isEqualTo(Baseline.EMPTY);
  }

  @Test
  void malformedJsonNamesTheFileAndLine() throws Exception {
    Path file =
        Files.writeString(dir.resolve("lifeos-baseline.json"), "{\n  \"formatting\": [\n  oops");
    assertThatThrownBy(() -> BaselineFile.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 3")
        .hasMessageContaining("./mvnw lifeos:baseline");
  }

  @Test
  void refusesEntriesThatNameFilesOutsideTheModule() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("lifeos-baseline.json"),
            "{\"formatting\": [{\"file\": \"../../etc/passwd\", \"sha256\": \"x\"}]}");
    assertThatThrownBy(() -> BaselineFile.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("'../../etc/passwd'");
  }

  @Test
  void refusesCheckNamesThatAreNotWords() throws Exception {
    Path file =
        Files.writeString(
            dir.resolve("lifeos-baseline.json"),
            "{\"compiler\": [{\"file\": \"A.java\", \"check\": \"NullAway:OFF -XepPatchChecks:x\","
                + " \"message\": \"m\", \"code\": \"c\", \"count\": 1}]}");
    assertThatThrownBy(() -> BaselineFile.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("check names are Error Prone's");
  }

  @Test
  void refusesABaselineOfANewerVersion() throws Exception {
    Path file = Files.writeString(dir.resolve("lifeos-baseline.json"), "{\"version\": 9}");
    assertThatThrownBy(() -> BaselineFile.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("version 9");
  }

  @Test
  void refusesADirectory() throws Exception {
    Path file = Files.createDirectory(dir.resolve("lifeos-baseline.json"));
    assertThatThrownBy(() -> BaselineFile.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("not a regular file");
  }

  @Test
  void refusesAFileTooLargeToBeABaseline() throws Exception {
    Path file = dir.resolve("lifeos-baseline.json");
    Files.write(file, new byte[BaselineFile.MAX_BYTES + 1]);
    assertThatThrownBy(() -> BaselineFile.read(file))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("larger than");
  }

  @Test
  void theBaselineStandsForMigrationApprovals() {
    assertThat(sample().migrationApprovals()).containsExactly(Map.entry("V2", 1987050360));
    assertThat(sample().describe())
        .isEqualTo(
            "2 unformatted files, 2 compiler findings, 1 SpotBugs bug, 1 dangerous migration");
  }
}
