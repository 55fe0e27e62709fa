package dev.lifeos.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void aPipeStaysInItsCell() {
    assertThat(Markdown.cell("a | b")).isEqualTo("a \\| b");
  }

  @Test
  void lineBreaksOfEveryKindBecomeOneSpace() {
    assertThat(Markdown.cell("one\ntwo\r\nthree\rfour")).isEqualTo("one two three four");
  }

  @Test
  void aBacktickCannotOpenACodeSpan() {
    assertThat(Markdown.cell("say `hi")).isEqualTo("say \\`hi");
  }

  @Test
  void aLessThanSignCannotOpenAnHtmlTag() {
    assertThat(Markdown.cell("<details><script>x</script>"))
        .isEqualTo("&lt;details>&lt;script>x&lt;/script>");
  }

  @Test
  void plainTextIsLeftAlone() {
    assertThat(Markdown.cell("DROP TABLE users (line 3): 50% > 0"))
        .isEqualTo("DROP TABLE users (line 3): 50% > 0");
  }

  @Test
  void codeIsFencedAndItsPipesEscaped() {
    assertThat(Markdown.code("db/V1__init.sql")).isEqualTo("`db/V1__init.sql`");
    assertThat(Markdown.code("a|b\nc")).isEqualTo("`a\\|b c`");
  }

  @Test
  void codeHoldingBackticksIsFencedWithMoreOfThem() {
    assertThat(Markdown.code("x`y")).isEqualTo("`` x`y ``");
    assertThat(Markdown.code("``")).isEqualTo("``` `` ```");
  }
}
