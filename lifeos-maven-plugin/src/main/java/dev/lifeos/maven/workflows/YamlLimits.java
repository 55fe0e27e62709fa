package dev.lifeos.maven.workflows;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The limits every workflow is read within. SnakeYAML enforces the first three while it reads: a
 * file is never read past {@link #MAX_CHARACTERS}, its parser never recurses deeper than {@link
 * #MAX_DEPTH}. Aliases share nodes, so a few lines can stand for billions of them (an "alias
 * bomb"), or for a node that contains itself: {@link #checkExpansion} measures the tree the aliases
 * stand for, without building it, before any rule walks it.
 */
final class YamlLimits {
  /** Characters of one file: GitHub's own workflows are well under 100,000. */
  static final int MAX_CHARACTERS = 1024 * 1024;

  /** Nesting of collections as written. */
  static final int MAX_DEPTH = 50;

  /** Aliases of collections: workflows share steps and job defaults through anchors. */
  static final int MAX_ALIASES = 1_000;

  /** Nodes of the tree once every alias is replaced by what it stands for. */
  static final int MAX_EXPANDED_NODES = 100_000;

  /** Nesting of that tree. */
  static final int MAX_EXPANDED_DEPTH = 100;

  private YamlLimits() {}

  static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CHARACTERS);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(true); // GitHub's parser reports them; the rules read the first
    return options;
  }

  /** What a limit SnakeYAML enforced means for the user, and what to change. */
  static String explain(YAMLException e) {
    String message = String.valueOf(e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("code points")) {
      return "not read: larger than "
          + MAX_CHARACTERS
          + " characters, the limit for a workflow file. Split it (reusable workflows, composite"
          + " actions) or remove what it does not need.";
    }
    if (lower.contains("nesting depth")) {
      return "not read: nested deeper than "
          + MAX_DEPTH
          + " levels, the limit for a workflow file. Flatten it.";
    }
    if (lower.contains("aliases")) {
      return "not read: more than "
          + MAX_ALIASES
          + " aliases of collections, the limit for a workflow file. Repeat less through anchors.";
    }
    if (e.getCause() instanceof CharacterCodingException) {
      return "not read: not UTF-8 text. Save it as UTF-8.";
    }
    return "not valid YAML: " + message.strip().replaceAll("\\s+", " ") + ".";
  }

  /**
   * Fails when the tree {@code root}'s aliases stand for has more than {@link #MAX_EXPANDED_NODES}
   * nodes, is nested deeper than {@link #MAX_EXPANDED_DEPTH}, or contains itself. Each node is
   * measured once, without recursion: the cost is that of the file as written.
   */
  static void checkExpansion(Node root) throws WorkflowSyntaxException {
    if (root == null) {
      return;
    }
    Map<Node, long[]> measured = new IdentityHashMap<>(); // node -> {nodes, depth}
    Map<Node, Boolean> open = new IdentityHashMap<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node node = stack.peek();
      if (measured.containsKey(node)) {
        stack.pop();
        continue;
      }
      List<Node> children = children(node);
      if (open.put(node, Boolean.TRUE) == null) {
        for (Node child : children) {
          if (open.containsKey(child) && !measured.containsKey(child)) {
            throw new WorkflowSyntaxException(
                node.getStartMark().getLine() + 1,
                "not read: an alias here stands for a collection that contains it, which never"
                    + " ends once expanded. Replace the alias with what it should repeat.");
          }
          if (!measured.containsKey(child)) {
            stack.push(child);
          }
        }
        continue;
      }
      long nodes = 1;
      long depth = 0;
      for (Node child : children) {
        long[] size = measured.get(child);
        nodes += size[0];
        depth = Math.max(depth, size[1]);
      }
      if (nodes > MAX_EXPANDED_NODES || depth + 1 > MAX_EXPANDED_DEPTH) {
        throw new WorkflowSyntaxException(
            node.getStartMark().getLine() + 1,
            "not read: its aliases stand for "
                + (nodes > MAX_EXPANDED_NODES
                    ? "more than " + MAX_EXPANDED_NODES + " nodes"
                    : "a nesting deeper than " + MAX_EXPANDED_DEPTH + " levels")
                + " once expanded (an alias bomb?), the limit for a workflow file. Repeat less"
                + " through anchors.");
      }
      measured.put(node, new long[] {nodes, depth + 1});
      stack.pop();
    }
  }

  private static List<Node> children(Node node) {
    List<Node> children = new ArrayList<>();
    if (node instanceof SequenceNode sequence) {
      children.addAll(sequence.getValue());
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        children.add(tuple.getKeyNode());
        children.add(tuple.getValueNode());
      }
    }
    return children;
  }
}
