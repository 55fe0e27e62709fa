package dev.lifeos.maven.workflows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** One job of a workflow: either steps on a runner, or a call of a reusable workflow. */
public final class Job {
  /** Goals of the release and SCM plugins that commit, tag or branch and push it. */
  private static final List<String> GIT_PUSHING_GOALS =
      List.of(
          "release:prepare",
          "release:perform",
          "release:branch",
          "scm:checkin",
          "scm:tag",
          "scm:branch");

  private final String id;
  private final YamlNode node;
  private final List<Step> steps;

  Job(String id, YamlNode node) {
    this.id = id;
    this.node = node;
    List<Step> parsed = new ArrayList<>();
    List<YamlNode> items = node.get("steps").items();
    for (int i = 0; i < items.size(); i++) {
      parsed.add(new Step(i + 1, items.get(i)));
    }
    this.steps = List.copyOf(parsed);
  }

  public String id() {
    return id;
  }

  public YamlNode node() {
    return node;
  }

  public int line() {
    return node.line();
  }

  public List<Step> steps() {
    return steps;
  }

  /** The reusable workflow this job calls ({@code jobs.<id>.uses}), if it is a caller job. */
  public Optional<String> calledWorkflow() {
    return node.get("uses").text();
  }

  /**
   * {@code timeout-minutes} as a number; empty when absent or an expression ({@link #hasTimeout()}
   * tells the two apart).
   */
  public OptionalInt timeoutMinutes() {
    Optional<String> text = node.get("timeout-minutes").text();
    if (text.isEmpty() || !text.get().trim().matches("\\d+")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(text.get().trim()));
  }

  public boolean hasTimeout() {
    return node.get("timeout-minutes").text().filter(t -> !t.isBlank()).isPresent();
  }

  /** The GitHub environment the job deploys to: {@code environment: x} or {@code name: x}. */
  public Optional<String> environment() {
    YamlNode environment = node.get("environment");
    return environment.isMapping() ? environment.get("name").text() : environment.text();
  }

  /** Every Maven call of every {@code run:} step. */
  public List<MavenInvocation> mavenInvocations() {
    List<MavenInvocation> found = new ArrayList<>();
    for (Step step : steps) {
      for (ShellCommand command : step.commands()) {
        MavenInvocation.of(command).ifPresent(found::add);
      }
    }
    return found;
  }

  /**
   * True when a step pushes commits or tags with git: {@code git push}, or a Maven goal that does
   * ({@code release:prepare}, {@code scm:checkin}, ...). Such a job needs the token that
   * actions/checkout leaves in the repository's git configuration.
   */
  public boolean pushesCommits() {
    for (Step step : steps) {
      for (ShellCommand command : step.commands()) {
        List<String> words = command.commandWords();
        if (!words.isEmpty() && words.get(0).equals("git") && words.contains("push")) {
          return true;
        }
      }
    }
    return mavenInvocations().stream()
        .anyMatch(maven -> GIT_PUSHING_GOALS.stream().anyMatch(maven::runsGoal));
  }

  /** "job 'lint'", as findings name it. */
  public String label() {
    return "job '" + id + "'";
  }
}
