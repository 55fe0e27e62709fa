package dev.lifeos.maven.workflows;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** One GitHub Actions workflow file, parsed with the line of every node. */
final class Workflow {
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

  /** Reads {@code file}; a YAML syntax error becomes a {@link WorkflowSyntaxException}. */
  static Workflow read(Path file) throws IOException, WorkflowSyntaxException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(file.getFileName().toString(), reader);
    }
  }

  static Workflow parse(String name, Reader reader) throws WorkflowSyntaxException {
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(1_000); // workflows share steps through anchors
      Node node = new Yaml(options).compose(reader);
      return new Workflow(name, new YamlNode(node));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new WorkflowSyntaxException(line, e.getProblem());
    }
  }

  /** The file name, as findings name it. */
  String name() {
    return name;
  }

  YamlNode root() {
    return root;
  }

  List<Job> jobs() {
    return jobs;
  }

  /** The events that start this workflow ({@code on:}), in any of GitHub's three spellings. */
  Map<String, YamlNode> triggers() {
    YamlNode on = root.get("on");
    if (on.isMapping()) {
      return on.entries();
    }
    Map<String, YamlNode> events = new java.util.LinkedHashMap<>();
    on.texts().forEach(event -> events.put(event, YamlNode.MISSING));
    return events;
  }

  /** True when only other workflows start it ({@code on: workflow_call}): callers own triggers. */
  boolean isReusableOnly() {
    Map<String, YamlNode> triggers = triggers();
    return !triggers.isEmpty() && triggers.keySet().stream().allMatch("workflow_call"::equals);
  }

  /** The LifeOS pipeline this workflow is, or calls: by file name, else by the workflow it uses. */
  Optional<Pipeline> pipeline() {
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
  boolean isCaller() {
    return !jobs.isEmpty() && jobs.stream().allMatch(job -> job.calledWorkflow().isPresent());
  }

  Violation violation(int line, String rule, String message) {
    return new Violation(name, line, rule, message);
  }
}
