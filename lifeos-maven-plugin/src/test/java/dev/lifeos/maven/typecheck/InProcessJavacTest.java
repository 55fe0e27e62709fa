package dev.lifeos.maven.typecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class InProcessJavacTest {
  @Test
  void aJvmWithoutTheExportsForksAndSaysWhichFileGivesThem() {
    // the test JVM is started without --add-exports for jdk.compiler
    assertThat(InProcessJavac.whyFork(getClass().getModule(), Locale.ENGLISH))
        .hasValueSatisfying(
            why -> assertThat(why).contains("10 exports and opens", ".mvn/jvm.config"));
  }

  @Test
  void aJvmSpeakingAnotherLanguageForks() {
    assertThat(InProcessJavac.whyFork(getClass().getModule(), Locale.GERMAN))
        .hasValueSatisfying(why -> assertThat(why).contains("'de'", "English"));
  }

  @Test
  void jvmConfigHasOneExportOrOpenPerLine() {
    assertThat(InProcessJavac.JVM_CONFIG.lines())
        .hasSize(10)
        .allMatch(
            l ->
                l.matches(
                    "--add-(exports|opens)=jdk\\.compiler/com\\.sun\\.tools\\.javac\\.\\w+=ALL-UNNAMED"));
  }
}
