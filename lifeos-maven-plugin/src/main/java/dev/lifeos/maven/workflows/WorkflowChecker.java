package dev.lifeos.maven.workflows;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.workflows.rules.AllowedActionsRule;
import dev.lifeos.maven.workflows.rules.ApprovalInEnvRule;
import dev.lifeos.maven.workflows.rules.ConcurrencyRule;
import dev.lifeos.maven.workflows.rules.DefinedProfilesRule;
import dev.lifeos.maven.workflows.rules.ForkSecretsRule;
import dev.lifeos.maven.workflows.rules.FullHistoryRule;
import dev.lifeos.maven.workflows.rules.JobTimeoutRule;
import dev.lifeos.maven.workflows.rules.MavenOnlyRule;
import dev.lifeos.maven.workflows.rules.PermissionsRule;
import dev.lifeos.maven.workflows.rules.PersistCredentialsRule;
import dev.lifeos.maven.workflows.rules.PinnedActionsRule;
import dev.lifeos.maven.workflows.rules.SecretScopeRule;
import dev.lifeos.maven.workflows.rules.SpecStagesRule;
import dev.lifeos.maven.workflows.rules.TemplateInjectionRule;
import dev.lifeos.maven.workflows.rules.TriggersRule;
import dev.lifeos.maven.workflows.rules.UntrustedCheckoutRule;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Checks GitHub workflow files against the LifeOS rules: every check is a Maven call, profiles
 * exist, the spec's stages, timeouts and triggers are there, deployments are not cancelled, secrets
 * reach only the jobs that need them; and that they are safe to run: actions pinned, no template
 * injection, least-privilege tokens, no fork code or secrets where forks reach them. Knows nothing
 * of Maven: the caller gives the profiles.
 */
public final class WorkflowChecker {
  static final List<WorkflowRule> RULES =
      List.of(
          new MavenOnlyRule(),
          new AllowedActionsRule(),
          new DefinedProfilesRule(),
          new JobTimeoutRule(),
          new SpecStagesRule(),
          new TriggersRule(),
          new ConcurrencyRule(),
          new SecretScopeRule(),
          new FullHistoryRule(),
          new ApprovalInEnvRule(),
          new PinnedActionsRule(),
          new TemplateInjectionRule(),
          new PermissionsRule(),
          new UntrustedCheckoutRule(),
          new ForkSecretsRule(),
          new PersistCredentialsRule());

  private final WorkflowPolicy policy;

  public WorkflowChecker(WorkflowPolicy policy) {
    this.policy = policy;
  }

  /**
   * The LifeOS workflows among every {@code *.yml} and {@code *.yaml} directly in {@code directory}
   * (as GitHub reads them): those that are or call a LifeOS pipeline ({@code lifeos-pr.yml}, a job
   * with {@code uses: .../lifeos-pr.yml@v1}), and those {@code alsoCheck} accepts by file name. The
   * others are the team's own business: listed in the report as not checked, never a violation.
   */
  public WorkflowReport checkDirectory(Path directory, Predicate<String> alsoCheck)
      throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
              .sorted()
              .toList();
    }
    List<String> checked = new ArrayList<>();
    List<String> notChecked = new ArrayList<>();
    List<Finding> violations = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      // read through the parser's limits, once: a hostile file never reaches memory whole
      List<Finding> found;
      boolean callsPipeline;
      try (Reader reader = Files.newBufferedReader(file)) {
        Workflow workflow = Workflow.parse(name, reader);
        callsPipeline = workflow.pipeline().isPresent();
        found = check(workflow);
      } catch (WorkflowSyntaxException e) {
        callsPipeline = false; // unreadable YAML calls nothing
        found = List.of(unreadable(name, e));
      }
      if (alsoCheck.test(name) || Pipeline.ofWorkflowFile(name).isPresent() || callsPipeline) {
        checked.add(name);
        violations.addAll(found);
      } else {
        notChecked.add(name);
      }
    }
    violations.sort(Finding.BY_LOCATION);
    return new WorkflowReport(checked, notChecked, violations);
  }

  /** One workflow's text, named {@code name} in the findings. */
  public List<Finding> check(String name, String yaml) {
    return check(name, new StringReader(yaml));
  }

  private List<Finding> check(String name, Reader reader) {
    try {
      return check(Workflow.parse(name, reader));
    } catch (WorkflowSyntaxException e) {
      return List.of(unreadable(name, e));
    }
  }

  private List<Finding> check(Workflow workflow) {
    List<Finding> found = new ArrayList<>();
    for (WorkflowRule rule : RULES) {
      found.addAll(rule.check(workflow, policy));
    }
    found.sort(Finding.BY_LOCATION);
    return found;
  }

  private static Finding unreadable(String name, WorkflowSyntaxException e) {
    return new Finding(UnreadableWorkflow.RULE, Path.of(name), e.line(), 0, e.getMessage());
  }
}
