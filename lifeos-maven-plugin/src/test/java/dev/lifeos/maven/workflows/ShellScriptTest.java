package dev.lifeos.maven.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellScriptTest {
  private static List<List<String>> words(String script) {
    return ShellScript.parse(script, 1).commands().stream().map(ShellCommand::words).toList();
  }

  @Test
  void splitsOnNewlinesAndSeparators() {
    assertThat(words("./mvnw verify\npytest -q && echo ok; a | b || c & d"))
        .containsExactly(
            List.of("./mvnw", "verify"),
            List.of("pytest", "-q"),
            List.of("echo", "ok"),
            List.of("a"),
            List.of("b"),
            List.of("c"),
            List.of("d"));
  }

  @Test
  void joinsContinuationLinesAndKeepsTheFirstLine() {
    ShellScript script = ShellScript.parse("\n./mvnw -B \\\n  -Ppr \\\n  verify\npytest", 10);

    assertThat(script.commands())
        .containsExactly(
            new ShellCommand(List.of("./mvnw", "-B", "-Ppr", "verify"), 11),
            new ShellCommand(List.of("pytest"), 14));
  }

  @Test
  void keepsQuotedWordsAndExpressionsWhole() {
    assertThat(words("./mvnw -Dx='a b' \"-Dy=c d\" -Dv=${{ inputs.java-version }} verify"))
        .containsExactly(
            List.of("./mvnw", "-Dx=a b", "-Dy=c d", "-Dv=${{ inputs.java-version }}", "verify"));
  }

  @Test
  void ignoresComments() {
    assertThat(words("# pytest would be wrong here\n./mvnw verify # and not this"))
        .containsExactly(List.of("./mvnw", "verify"));
  }

  @Test
  void aRedirectionIsNotASeparator() {
    assertThat(words("./mvnw verify 2>&1")).containsExactly(List.of("./mvnw", "verify", "2>&1"));
  }

  @Test
  void reportsCommandSubstitutionHereDocumentsAndSubshells() {
    ShellScript script =
        ShellScript.parse("./mvnw -Dv=$(date)\n./mvnw -Dv=`date`\ncat <<EOF\n( cd x )", 1);

    assertThat(script.hidden()).extracting(ShellScript.Hidden::line).containsExactly(1, 2, 3, 4, 4);
  }

  @Test
  void aDollarVariableIsNotHidden() {
    assertThat(ShellScript.parse("kubectl set image deployment/$APP app=${IMAGE}", 1).hidden())
        .isEmpty();
  }
}
