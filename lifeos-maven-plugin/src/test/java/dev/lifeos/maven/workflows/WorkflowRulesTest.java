package dev.lifeos.maven.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every workflow rule is registered once, has its own test class and a row in the docs. */
class WorkflowRulesTest {
  private static final Path DOCS =
      RepositoryWorkflowsTest.REPOSITORY.resolve("docs/goals/check-workflows.md");

  @Test
  void everyRuleHasAUniqueIdATestClassAndADocsRow() throws Exception {
    String docs = Files.readString(DOCS);
    assertThat(WorkflowChecker.RULES.stream().map(WorkflowRule::id)).doesNotHaveDuplicates();
    for (WorkflowRule rule : WorkflowChecker.RULES) {
      assertThat(docs).as("docs row of " + rule.id()).contains("| `" + rule.id() + "` |");
      assertThat(
              Path.of("src/test/java/dev/lifeos/maven/workflows")
                  .resolve(rule.getClass().getSimpleName() + "Test.java"))
          .as("test class of " + rule.id())
          .exists();
    }
  }
}
