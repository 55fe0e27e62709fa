package dev.lifeos.maven.workflows;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a workflow may do besides calling Maven, and which profiles exist. The defaults are the rule
 * "every check is a Maven call": a job may check out, set up Java, cache, upload artifacts and
 * SARIF, set a Kubernetes context, call a LifeOS reusable workflow, and roll out with kubectl.
 *
 * @param profiles the profile ids Maven knows for the project (lifeos-parent's and the project's)
 * @param allowedActions actions ({@code owner/repo[/path]}, no ref) a step may use
 * @param allowedCommands command prefixes (words) a {@code run:} step may run besides Maven
 * @param allowFirstPartyTags whether GitHub's own actions ({@code actions/*}) and the LifeOS
 *     pipelines may be used by version tag; every other action is pinned to a commit SHA
 */
public record WorkflowPolicy(
    SortedSet<String> profiles,
    List<String> allowedActions,
    List<String> allowedCommands,
    boolean allowFirstPartyTags) {

  /** Actions that move files, tools and reports around but check nothing themselves. */
  public static final List<String> DEFAULT_ACTIONS =
      List.of(
          "actions/checkout",
          "actions/setup-java",
          "actions/cache",
          "actions/cache/restore",
          "actions/cache/save",
          "actions/upload-artifact",
          "actions/download-artifact",
          "github/codeql-action/upload-sarif",
          "azure/setup-kubectl",
          "azure/k8s-set-context");

  /** The deployment commands of spec 7.3: roll out, wait for the rollout, roll back. */
  public static final List<String> DEFAULT_COMMANDS =
      List.of(
          "kubectl apply", "kubectl set image", "kubectl rollout status", "kubectl rollout undo");

  public WorkflowPolicy {
    profiles = new TreeSet<>(profiles);
    allowedActions = List.copyOf(allowedActions);
    allowedCommands = List.copyOf(allowedCommands);
  }

  /** The defaults plus {@code extraActions} and {@code extraCommands}; first-party tags allowed. */
  public static WorkflowPolicy of(
      Set<String> profiles, Collection<String> extraActions, Collection<String> extraCommands) {
    List<String> actions = new ArrayList<>(DEFAULT_ACTIONS);
    actions.addAll(extraActions);
    List<String> commands = new ArrayList<>(DEFAULT_COMMANDS);
    commands.addAll(extraCommands);
    return new WorkflowPolicy(new TreeSet<>(profiles), actions, commands, true);
  }

  /** This policy, with first-party tags allowed or not. */
  public WorkflowPolicy allowingFirstPartyTags(boolean allowed) {
    return new WorkflowPolicy(profiles, allowedActions, allowedCommands, allowed);
  }

  public boolean allowsAction(String action) {
    return allowedActions.stream().anyMatch(allowed -> allowed.equalsIgnoreCase(action));
  }

  /** True when the command's words start with the words of an allowed command. */
  public boolean allowsCommand(List<String> words) {
    for (String allowed : allowedCommands) {
      List<String> prefix = List.of(allowed.trim().split("\\s+"));
      if (words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix)) {
        return true;
      }
    }
    return false;
  }
}
