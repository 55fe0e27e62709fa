package dev.lifeos.maven.buildcheck;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One element of a plugin's {@code <configuration>}: its name, its text (null when it has child
 * elements) and its children, so the checks read a configuration without Maven's types.
 */
public record ConfigNode(String name, String value, List<ConfigNode> children) {
  public ConfigNode {
    children = List.copyOf(children);
  }

  /** A leaf element: {@code <argLine>value</argLine>}. */
  public static ConfigNode leaf(String name, String value) {
    return new ConfigNode(name, value, List.of());
  }

  /** An element with children. */
  public static ConfigNode of(String name, ConfigNode... children) {
    return new ConfigNode(name, null, List.of(children));
  }

  /** The first child called {@code name}. */
  public Optional<ConfigNode> child(String name) {
    return children.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The children called {@code name}, in order. */
  public Stream<ConfigNode> children(String name) {
    return children.stream().filter(c -> c.name().equals(name));
  }
}
