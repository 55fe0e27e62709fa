package dev.lifeos.maven.workflows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks GitHub workflow files against the LifeOS rules: every check is a Maven call, profiles
 * exist, the spec's stages, timeouts and triggers are there, deployments are not cancelled, secrets
 * reach only the jobs that need them. Knows nothing of Maven: the caller gives the profiles.
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
          new ApprovalInEnvRule());

  private final WorkflowPolicy policy;

  public WorkflowChecker(WorkflowPolicy policy) {
    this.policy = policy;
  }

  /** Every {@code *.yml} and {@code *.yaml} directly in {@code directory}, as GitHub reads them. */
  public WorkflowReport checkDirectory(Path directory) throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files =
          listing
              .filter(Files::isRegularFile)
              .filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
              .sorted()
              .toList();
    }
    List<String> names = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (Path file : files) {
      names.add(file.getFileName().toString());
      try (Reader reader = Files.newBufferedReader(file)) {
        violations.addAll(check(file.getFileName().toString(), reader));
      }
    }
    Collections.sort(violations);
    return new WorkflowReport(names, violations);
  }

  /** One workflow's text, named {@code name} in the findings. */
  public List<Violation> check(String name, String yaml) {
    return check(name, new StringReader(yaml));
  }

  private List<Violation> check(String name, Reader reader) {
    Workflow workflow;
    try {
      workflow = Workflow.parse(name, reader);
    } catch (WorkflowSyntaxException e) {
      return List.of(new Violation(name, e.line(), "yaml", e.getMessage()));
    }
    List<Violation> found = new ArrayList<>();
    for (WorkflowRule rule : RULES) {
      found.addAll(rule.check(workflow, policy));
    }
    Collections.sort(found);
    return found;
  }
}
