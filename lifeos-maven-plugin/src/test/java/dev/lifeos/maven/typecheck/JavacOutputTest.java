package dev.lifeos.maven.typecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JavacOutputTest {
  static final Path MODULE = Path.of("/work/ledger");

  /** javac's own format, as -Xstdout writes it: Error Prone, NullAway, javac, notes, counts. */
  static final String OUTPUT =
      """
      /work/ledger/src/main/java/a/Repo.java:20: warning: [NullAway] returning @Nullable expression from method with @NonNull return type
          return accounts.get(id);
          ^
          (see http://t.uber.com/nullaway )
      /work/ledger/src/main/java/a/Web.java:18: error: [ReferenceEquality] Comparison using reference equality instead of value equality
              String kind = owner == "Ada" ? "founder" : "customer";
                                  ^
          (see https://errorprone.info/bugpattern/ReferenceEquality)
        Did you mean 'String kind = "Ada".equals(owner) ? "founder" : "customer";'?
      /work/ledger/src/main/java/a/Repo.java:11: error: cannot find symbol
          save(Account.builder().id("a-1").build());
                      ^
        symbol:   method builder()
        location: class Account
      warning: [options] system modules path not set in conjunction with -source 17
      Note: Some input files use unchecked or unsafe operations.
      2 errors
      2 warnings
      """;

  @Test
  void readsEveryDiagnosticWithFileLineColumnCheckAndCode() {
    JavacOutput output = JavacOutput.parse(OUTPUT, MODULE);
    assertThat(output.diagnostics()).hasSize(5);
    Diagnostic nullAway = output.diagnostics().get(0);
    assertThat(nullAway.kind()).isEqualTo(Diagnostic.Kind.WARNING);
    assertThat(nullAway.file()).isEqualTo("src/main/java/a/Repo.java");
    assertThat(nullAway.line()).isEqualTo(20);
    assertThat(nullAway.column()).isEqualTo(5);
    assertThat(nullAway.check()).isEqualTo("NullAway");
    assertThat(nullAway.message())
        .isEqualTo("returning @Nullable expression from method with @NonNull return type");
    assertThat(nullAway.code()).isEqualTo("return accounts.get(id);");
    assertThat(nullAway.details()).containsExactly("    (see http://t.uber.com/nullaway )");
    assertThat(nullAway.isAnalyzerFinding()).isTrue();
  }

  @Test
  void keepsJavacsOwnMessagesAndItsDetails() {
    Diagnostic symbol = JavacOutput.parse(OUTPUT, MODULE).diagnostics().get(2);
    assertThat(symbol.check()).isEmpty();
    assertThat(symbol.source()).isEqualTo("javac");
    assertThat(symbol.isAnalyzerFinding()).isFalse();
    assertThat(symbol.details())
        .containsExactly("  symbol:   method builder()", "  location: class Account");
    assertThat(symbol.render())
        .isEqualTo(
            "src/main/java/a/Repo.java:[11,17] error: cannot find symbol\n"
                + "  symbol:   method builder()\n  location: class Account");
  }

  @Test
  void lintCategoriesAreNotAnalyzerFindings() {
    List<Diagnostic> diagnostics = JavacOutput.parse(OUTPUT, MODULE).diagnostics();
    assertThat(diagnostics.get(3).check()).isEqualTo("options");
    assertThat(diagnostics.get(3).isAnalyzerFinding()).isFalse();
    assertThat(diagnostics.get(4).kind()).isEqualTo(Diagnostic.Kind.NOTE);
    assertThat(JavacOutput.parse(OUTPUT, MODULE).errors()).hasSize(2);
  }

  @Test
  void rendersAsMavensCompilerPluginDoes() {
    assertThat(JavacOutput.parse(OUTPUT, MODULE).diagnostics().get(1).render())
        .isEqualTo(
            "src/main/java/a/Web.java:[18,29] error: [ReferenceEquality] Comparison using reference"
                + " equality instead of value equality\n"
                + "    (see https://errorprone.info/bugpattern/ReferenceEquality)\n"
                + "  Did you mean 'String kind = \"Ada\".equals(owner) ? \"founder\" : \"customer\";'?");
  }

  @Test
  void recognisesAnErrorProneCrashAndTheCheckThatCrashed() {
    String crash =
        """
        /work/ledger/src/main/java/a/Svc.java:10: error: An unhandled exception was thrown by the Error Prone static analysis plugin.
          public String greet(@NonNull String who) {
                              ^
             Please report this at https://github.com/google/error-prone/issues/new and include the following:

             error-prone version: 2.42.0
             BugPattern: StringConcatToTextBlock
             Stack Trace:
             java.util.NoSuchElementException
          	at com.google.common.collect.Iterables.getLast(Iterables.java:845)
        1 error
        """;
    JavacOutput output = JavacOutput.parse(crash, MODULE);
    assertThat(output.diagnostics()).isEmpty();
    assertThat(output.crashes())
        .containsExactly(
            new ErrorProneCrash(
                "StringConcatToTextBlock",
                "src/main/java/a/Svc.java",
                10,
                "2.42.0",
                "java.util.NoSuchElementException"));
    assertThat(output.crashes().get(0).describe())
        .isEqualTo(
            "StringConcatToTextBlock (Error Prone 2.42.0) crashed on src/main/java/a/Svc.java:10"
                + " with java.util.NoSuchElementException");
  }

  @Test
  void nothingPrintedIsNothingFound() {
    assertThat(JavacOutput.parse("", MODULE).diagnostics()).isEmpty();
  }
}
