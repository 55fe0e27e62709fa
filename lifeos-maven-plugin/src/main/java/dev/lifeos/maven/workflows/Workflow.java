package dev.lifeos.maven.workflows;

import dev.lifeos.maven.rules.Finding;
import dev.lifeos.maven.rules.Rule;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** One GitHub Actions workflow file, parsed with the line of every node. */
public final class Workflow {
  private final String name;
  private final YamlNode root;
  private final List<Job> jobs;

  private Workflow(String name, YamlNode root) {
    this.name = name;
    this.root = root;
    List<Job> parsed = new ArrayList<>();
    root.get("jobs").entries().forEach((id, job) -> parsed.add(new Job(id, job)));
    this.jobs = List.copyOf(parsed);
  }

  /**
   * Reads one workflow, within limits that no real workflow comes near and that keep a hostile file
   * from taking the build's memory or stack: {@link YamlLimits}. Invalid YAML and a breached limit
   * become a {@link WorkflowSyntaxException} with the line and a sentence saying what to change.
   */
  public static Workflow parse(String name, Reader reader) throws WorkflowSyntaxException {
    Node node;
    try {
      node = new Yaml(YamlLimits.loaderOptions()).compose(reader);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new WorkflowSyntaxException(line, "not valid YAML: " + e.getProblem() + ".");
    } catch (YAMLException e) {
      throw new WorkflowSyntaxException(1, YamlLimits.explain(e));
    }
    YamlLimits.checkExpansion(node);
    return new Workflow(name, new YamlNode(node));
  }

  /** The file name, as findings name it. */
  public String name() {
    return name;
  }

  public YamlNode root() {
    return root;
  }

  public List<Job> jobs() {
    return jobs;
  }

  /** The events that start this workflow ({@code on:}), in any of GitHub's three spellings. */
  public Map<String, YamlNode> triggers() {
    YamlNode on = root.get("on");
    if (on.isMapping()) {
      return on.entries();
    }
    Map<String, YamlNode> events = new java.util.LinkedHashMap<>();
    on.texts().forEach(event -> events.put(event, YamlNode.MISSING));
    return events;
  }

  /** True when only other workflows start it ({@code on: workflow_call}): callers own triggers. */
  public boolean isReusableOnly() {
    Map<String, YamlNode> triggers = triggers();
    return !triggers.isEmpty() && triggers.keySet().stream().allMatch("workflow_call"::equals);
  }

  /** The LifeOS pipeline this workflow is, or calls: by file name, else by the workflow it uses. */
  public Optional<Pipeline> pipeline() {
    Optional<Pipeline> byName = Pipeline.ofWorkflowFile(name);
    if (byName.isPresent()) {
      return byName;
    }
    return jobs.stream()
        .map(Job::calledWorkflow)
        .flatMap(Optional::stream)
        .map(Pipeline::ofWorkflowFile)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** True when every job calls another workflow: the pipeline itself is defined elsewhere. */
  public boolean isCaller() {
    return !jobs.isEmpty() && jobs.stream().allMatch(job -> job.calledWorkflow().isPresent());
  }

  /** What {@code rule} found at {@code line} of this file. */
  public Finding finding(int line, Rule rule, String message) {
    return new Finding(rule, Path.of(name), line, 0, message);
  }
}
