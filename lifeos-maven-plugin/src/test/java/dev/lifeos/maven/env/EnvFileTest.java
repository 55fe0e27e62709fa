package dev.lifeos.maven.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileTest {
  @TempDir Path dir;

  private List<EnvEntry> parse(String text) throws Exception {
    return EnvFile.parse(Files.writeString(dir.resolve(".env.ci"), text));
  }

  @Test
  void readsTheSpecsEnvFile() throws Exception {
    List<EnvEntry> entries =
        parse(
            """
            # CI Environment Configuration
            APP_ENV=ci
            DEBUG=false

            # Database: ephemeral for tests
            DATABASE_URL=sqlite:///:memory:
            LOG_LEVEL=WARNING
            """);

    assertThat(entries)
        .containsExactly(
            new EnvEntry("APP_ENV", "ci", 2),
            new EnvEntry("DEBUG", "false", 3),
            new EnvEntry("DATABASE_URL", "sqlite:///:memory:", 6),
            new EnvEntry("LOG_LEVEL", "WARNING", 7));
  }

  @Test
  void handlesExportQuotesEscapesAndInlineComments() throws Exception {
    List<EnvEntry> entries =
        parse(
            "export A=1\n"
                + "B = 'x # not a comment'  # comment\n"
                + "C=\"line\\nnext \\\"q\\\"\"\n"
                + "D=bare value # comment\n"
                + "E=a#b\n"
                + "F=\n");

    assertThat(entries)
        .extracting(EnvEntry::value)
        .containsExactly("1", "x # not a comment", "line\nnext \"q\"", "bare value", "a#b", "");
  }

  @Test
  void aMalformedLineIsNamedButNotShown() {
    assertThatThrownBy(() -> parse("A=1\nthis-is-hunter2\n"))
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining(".env.ci:2: not a KEY=value line")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void anUnclosedQuoteIsNamed() {
    assertThatThrownBy(() -> parse("TOKEN=\"abc\n"))
        .hasMessageContaining(".env.ci:1: the value of TOKEN opens a double quote");
  }

  @Test
  void aKeySetTwiceIsAnError() {
    assertThatThrownBy(() -> parse("A=1\nB=2\nA=3\n"))
        .hasMessageContaining(".env.ci:3: A is already set on line 1.");
  }

  @Test
  void aFileThatIsNotUtf8IsAnError() throws Exception {
    Path file = Files.write(dir.resolve(".env.ci"), new byte[] {'A', '=', (byte) 0xff, '\n'});

    assertThatThrownBy(() -> EnvFile.parse(file)).hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void anEnvironmentReferenceIsLeftToTheEnvironment() {
    assertThat(new EnvEntry("JWT_SECRET_KEY", "${JWT_SECRET_KEY}", 1).isEnvironmentReference())
        .isTrue();
    assertThat(new EnvEntry("URL", "http://${HOST}/x", 1).isEnvironmentReference()).isFalse();
  }

  @Test
  void aUtf8ByteOrderMarkIsNotPartOfTheFirstKey() throws Exception {
    assertThat(parse("\uFEFFAPP_ENV=ci\r\nDEBUG=false\r\n"))
        .containsExactly(new EnvEntry("APP_ENV", "ci", 1), new EnvEntry("DEBUG", "false", 2));
  }

  @Test
  void aLinkToDevZeroIsRefusedUnread() throws Exception {
    Path zero = Files.createSymbolicLink(dir.resolve(".env.ci"), Path.of("/dev/zero"));

    assertThatThrownBy(() -> EnvFile.parse(zero))
        .isInstanceOf(GateFailure.class)
        .hasMessage(
            zero + " is not a regular file (a folder, a device or a pipe): point it at the file.");
  }

  @Test
  void aFileLargerThanOneMebibyteIsRefusedUnread() throws Exception {
    Path big = Files.write(dir.resolve(".env.ci"), new byte[(int) EnvFile.MAX_BYTES + 1]);

    assertThatThrownBy(() -> EnvFile.parse(big))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith(big + " is larger than 1 MiB");
  }
}
