package dev.lifeos.maven.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every workflow rule is registered once, has its own test class and a row in the docs. */
class WorkflowRulesTest {
  private static final Path DOCS =
      RepositoryWorkflowsTest.REPOSITORY.resolve("docs/goals/check-workflows.md");
  private static final Path RULES = Path.of("src/main/java/dev/lifeos/maven/workflows/rules");
  private static final Path TESTS = Path.of("src/test/java/dev/lifeos/maven/workflows/rules");

  /** The rules and the finding of an unreadable file: every id a finding can carry. */
  private static List<Rule> everyId() {
    List<Rule> all = new ArrayList<>(WorkflowChecker.RULES);
    all.add(UnreadableWorkflow.RULE);
    return all;
  }

  @Test
  void everyRuleClassIsRegisteredWithAUniqueIdAndItsTexts() throws IOException {
    try (Stream<Path> files = Files.list(RULES)) {
      var classes = files.map(f -> f.getFileName().toString().replace(".java", "")).toList();
      assertThat(WorkflowChecker.RULES)
          .extracting(r -> r.getClass().getSimpleName())
          .containsExactlyInAnyOrderElementsOf(classes);
    }
    assertThat(everyId())
        .extracting(Rule::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z-]+"));
    assertThat(everyId())
        .allSatisfy(
            rule -> {
              assertThat(rule.title()).isNotBlank();
              assertThat(rule.why()).endsWith(".");
              assertThat(rule.fix()).endsWith(".");
            });
  }

  @Test
  void theGoalPageDocumentsEveryRule() throws IOException {
    String docs = Files.readString(DOCS);
    for (Rule rule : everyId()) {
      assertThat(docs).as("docs row of " + rule.id()).contains("| `" + rule.id() + "` |");
    }
  }

  @Test
  void everyRuleHasATest() {
    for (WorkflowRule rule : WorkflowChecker.RULES) {
      assertThat(TESTS.resolve(rule.getClass().getSimpleName() + "Test.java"))
          .as("test class of " + rule.id())
          .exists();
    }
  }
}
