package dev.lifeos.maven.typecheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.baseline.Baseline.CompilerEntry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypecheckReportTest {
  private static final String LOWERED =
      """
      /work/ledger/src/main/java/a/Repo.java:20: warning: [NullAway] returning @Nullable expression from method with @NonNull return type
          return accounts.get(id);
          ^
          (see http://t.uber.com/nullaway )
      /work/ledger/src/main/java/a/Repo.java:31: warning: [NullAway] returning @Nullable expression from method with @NonNull return type
          return owners.get(id);
          ^
          (see http://t.uber.com/nullaway )
      /work/ledger/src/main/java/a/Web.java:7: warning: [StringSplitter] String.split(String) has surprising behavior
          String[] parts = text.split(",");
                                     ^
          (see https://errorprone.info/bugpattern/StringSplitter)
      3 warnings
      """;

  private static final CompilerEntry BASELINED =
      new CompilerEntry(
          "src/main/java/a/Repo.java",
          "NullAway",
          "returning @Nullable expression from method with @NonNull return type",
          "return accounts.get(id);",
          1);

  private static TypecheckResult result(List<CompilerEntry> baseline) {
    return TypecheckResult.evaluate(
        "main",
        JavacOutput.parse(LOWERED, JavacOutputTest.MODULE),
        Set.of("NullAway"),
        baseline,
        List.of());
  }

  @Test
  void summarisesCountsPerCheckOnOneLine() {
    assertThat(TypecheckReport.summary(result(List.of(BASELINED))))
        .isEqualTo(
            "Typecheck (main): 1 error (NullAway 1); 1 warning (StringSplitter 1); 1 finding baselined"
                + " (NullAway 1).");
  }

  @Test
  void aFindingTheBaselineDoesNotHoldFailsAsAnError() {
    TypecheckResult result = result(List.of(BASELINED));
    assertThat(result.passed()).isFalse();
    String message = TypecheckReport.failureMessage(result, "target/lifeos/typecheck/main.md");
    assertThat(message)
        .contains("1 new finding of checks the baseline holds (NullAway 1)")
        .contains("src/main/java/a/Repo.java:[31,5] error: [NullAway] returning @Nullable")
        .doesNotContain("Repo.java:[20,");
    assertThat(message.split("Repo.java:\\[31", -1)).hasSize(2);
  }

  @Test
  void passesWhenTheBaselineHoldsEveryFindingAndListsFixedOnes() {
    CompilerEntry fixed =
        new CompilerEntry("src/main/java/a/Old.java", "NullAway", "gone", "x();", 1);
    CompilerEntry second =
        new CompilerEntry(
            "src/main/java/a/Repo.java",
            "NullAway",
            "returning @Nullable expression from method with @NonNull return type",
            "return owners.get(id);",
            1);
    TypecheckResult result = result(List.of(BASELINED, second, fixed));
    assertThat(result.passed()).isTrue();
    assertThat(result.removable()).containsExactly(fixed);
    assertThat(TypecheckReport.remarks(result, "main.md"))
        .containsExactly(
            "1 baselined finding no longer found (fixed): run ./mvnw lifeos:baseline to drop it from"
                + " the baseline (main.md lists them).");
  }

  @Test
  void sayWhichCheckCrashedAndHowToSwitchItOff() {
    ErrorProneCrash crash =
        new ErrorProneCrash(
            "StringConcatToTextBlock",
            "src/main/java/a/Svc.java",
            10,
            "2.42.0",
            "java.util.NoSuchElementException");
    TypecheckResult result =
        TypecheckResult.evaluate(
            "main",
            JavacOutput.parse("", JavacOutputTest.MODULE),
            Set.of(),
            List.of(),
            List.of(crash));
    assertThat(TypecheckReport.remarks(result, "main.md").get(0))
        .startsWith("Error Prone check StringConcatToTextBlock (Error Prone 2.42.0) crashed on")
        .contains("compiled again without it")
        .contains("-Dlifeos.errorprone.flags=-Xep:StringConcatToTextBlock:OFF");
  }

  @Test
  void theJsonReportHoldsEveryDiagnostic() {
    Map<String, Object> json = TypecheckReport.json(result(List.of(BASELINED)));
    assertThat(json).containsEntry("newFindings", 1).containsEntry("baselined", 1);
    assertThat((List<?>) json.get("diagnostics")).hasSize(3);
  }

  @Test
  void showsFiveChecksAndCountsTheRest() {
    StringBuilder many = new StringBuilder();
    for (String check : List.of("A", "B", "C", "D", "E", "F", "G")) {
      many.append("/work/ledger/X.java:1: warning: [Check").append(check).append("] m\n");
    }
    TypecheckResult result =
        TypecheckResult.evaluate(
            "test",
            JavacOutput.parse(many.toString(), JavacOutputTest.MODULE),
            Set.of(),
            List.of(),
            List.of());
    assertThat(TypecheckReport.summary(result))
        .isEqualTo(
            "Typecheck (test): no errors; 7 warnings (CheckA 1, CheckB 1, CheckC 1, CheckD 1, CheckE 1,"
                + " +2 more checks).");
  }
}
