package dev.lifeos.maven.workflows;

import java.util.List;
import java.util.Optional;

/** One step of a job: an action ({@code uses:}) or a shell script ({@code run:}). */
public final class Step {
  private final int index;
  private final YamlNode node;

  Step(int index, YamlNode node) {
    this.index = index;
    this.node = node;
  }

  public YamlNode node() {
    return node;
  }

  public int line() {
    return node.line();
  }

  public Optional<String> uses() {
    return node.get("uses").text();
  }

  /** The action's name without its ref: {@code actions/checkout@v4} gives actions/checkout. */
  public Optional<String> action() {
    return uses().map(uses -> uses.contains("@") ? uses.substring(0, uses.indexOf('@')) : uses);
  }

  /** The ref after {@code @}: {@code v4}, a commit SHA; empty when there is none. */
  public Optional<String> ref() {
    return uses()
        .filter(uses -> uses.contains("@"))
        .map(uses -> uses.substring(uses.indexOf('@') + 1));
  }

  /** True when the step is {@code actions/checkout}, at any ref. */
  public boolean isCheckout() {
    return action().filter("actions/checkout"::equalsIgnoreCase).isPresent();
  }

  /** The text of {@code with.<input>}, empty when not set. */
  public Optional<String> with(String input) {
    return node.get("with").get(input).text();
  }

  public Optional<String> run() {
    return node.get("run").text();
  }

  /** The step's {@code shell:}, empty for the runner's default (bash). */
  public Optional<String> shell() {
    return node.get("shell").text();
  }

  /** The commands of its {@code run:} script, each with its line; empty for an action step. */
  public List<ShellCommand> commands() {
    return run()
        .map(script -> ShellScript.parse(script, node.get("run").textLine()).commands())
        .orElse(List.of());
  }

  /** The shell constructs that hide a command (command substitution, here-documents, ...). */
  public List<ShellScript.Hidden> hiddenCommands() {
    return run()
        .map(script -> ShellScript.parse(script, node.get("run").textLine()).hidden())
        .orElse(List.of());
  }

  /** "step 2 ('Unit tests')", as findings name it. */
  public String label() {
    return node.get("name")
        .text()
        .map(name -> "step " + index + " ('" + name + "')")
        .orElse("step " + index);
  }
}
