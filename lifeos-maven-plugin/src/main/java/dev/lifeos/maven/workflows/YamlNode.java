package dev.lifeos.maven.workflows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A read-only view of one node of a YAML document that remembers its line, so every finding can
 * name the line to fix. A missing key gives {@link #MISSING} rather than null, so lookups chain.
 *
 * <p>Scalars are kept as written: {@code on} stays the key "on" (YAML 1.1 would read it as a
 * boolean), and {@code 5} is the text "5".
 */
public final class YamlNode {
  public static final YamlNode MISSING = new YamlNode(null);

  private final Node node;
  private final int keyLine;

  YamlNode(Node node) {
    this(node, 0);
  }

  /** A mapping's value, which reports the line of its key: where {@code lint:} is, for a job. */
  private YamlNode(Node node, int keyLine) {
    this.node = node;
    this.keyLine = keyLine;
  }

  private static YamlNode valueOf(NodeTuple tuple) {
    return new YamlNode(tuple.getValueNode(), tuple.getKeyNode().getStartMark().getLine() + 1);
  }

  public boolean isPresent() {
    return node != null;
  }

  public boolean isMapping() {
    return node instanceof MappingNode;
  }

  /** 1-based line of the node (of its key, for a mapping's value); 0 when it is missing. */
  public int line() {
    if (node == null) {
      return 0;
    }
    return keyLine > 0 ? keyLine : node.getStartMark().getLine() + 1;
  }

  /**
   * 1-based line of the first character of a scalar's text: the line after the indicator for a
   * block scalar ({@code run: |}), else the node's own line.
   */
  public int textLine() {
    if (node instanceof ScalarNode scalar
        && (scalar.getScalarStyle() == ScalarStyle.LITERAL
            || scalar.getScalarStyle() == ScalarStyle.FOLDED)) {
      return node.getStartMark().getLine() + 2;
    }
    return line();
  }

  /** The value under {@code key} of a mapping, or {@link #MISSING}. */
  public YamlNode get(String key) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return valueOf(tuple);
        }
      }
    }
    return MISSING;
  }

  /** The entries of a mapping in document order; empty for anything else. */
  public Map<String, YamlNode> entries() {
    if (!(node instanceof MappingNode mapping)) {
      return Map.of();
    }
    Map<String, YamlNode> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        entries.put(key.getValue(), valueOf(tuple));
      }
    }
    return entries;
  }

  /** The items of a sequence; empty for anything else. */
  public List<YamlNode> items() {
    if (!(node instanceof SequenceNode sequence)) {
      return List.of();
    }
    List<YamlNode> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(new YamlNode(item));
    }
    return items;
  }

  /** A scalar's text as written; empty for a missing node, a mapping or a sequence. */
  public Optional<String> text() {
    return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
  }

  /** A scalar as a one-element list, a sequence of scalars as its texts: GitHub accepts both. */
  public List<String> texts() {
    if (node instanceof ScalarNode scalar) {
      return List.of(scalar.getValue());
    }
    List<String> texts = new ArrayList<>();
    for (YamlNode item : items()) {
      item.text().ifPresent(texts::add);
    }
    return Collections.unmodifiableList(texts);
  }

  /** Every scalar below this node (keys and values), with its line: for finding references. */
  public List<YamlNode> scalars() {
    List<YamlNode> found = new ArrayList<>();
    collectScalars(node, found);
    return found;
  }

  private static void collectScalars(Node node, List<YamlNode> found) {
    if (node instanceof ScalarNode) {
      found.add(new YamlNode(node));
    } else if (node instanceof SequenceNode sequence) {
      sequence.getValue().forEach(item -> collectScalars(item, found));
    } else if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        collectScalars(tuple.getKeyNode(), found);
        collectScalars(tuple.getValueNode(), found);
      }
    }
  }
}
