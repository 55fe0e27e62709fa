package dev.lifeos.maven.migrations.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RulesTest {
  @Test
  void everyRuleClassIsRegisteredWithAUniqueIdAndItsDocs() throws IOException {
    Path rules = Path.of("src/main/java/dev/lifeos/maven/migrations/scan/rules");
    try (Stream<Path> files = Files.list(rules)) {
      var classes = files.map(f -> f.getFileName().toString().replace(".java", "")).toList();
      assertThat(Rules.all())
          .extracting(r -> r.getClass().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(classes);
    }
    assertThat(Rules.all())
        .extracting(DangerRule::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z-]+"));
    assertThat(Rules.all())
        .allSatisfy(
            rule -> {
              assertThat(rule.title()).isNotBlank();
              assertThat(rule.why()).endsWith(".");
              assertThat(rule.fix()).endsWith(".");
            });
  }

  @Test
  void theGoalPageDocumentsEveryRuleAndCheck() throws IOException {
    String page = Files.readString(Path.of("../docs/goals/check-migrations.md"));
    for (DangerRule rule : Rules.all()) {
      assertThat(page).as(rule.id()).contains("| `" + rule.id() + "` |");
    }
    for (dev.lifeos.maven.migrations.Check check : dev.lifeos.maven.migrations.Check.values()) {
      assertThat(page).as(check.id()).contains("| `" + check.id() + "` |");
    }
  }

  @Test
  void everyRuleHasATest() {
    for (DangerRule rule : Rules.all()) {
      Path test =
          Path.of(
              "src/test/java/dev/lifeos/maven/migrations/scan/rules",
              rule.getClass().getSimpleName() + "Test.java");
      assertThat(test).as("test of " + rule.id()).exists();
    }
  }
}
