package dev.lifeos.maven.buildcheck;

import java.util.List;

/**
 * A plugin of the service's effective build (inherited and its own, as Maven merged them).
 *
 * @param key {@code groupId:artifactId}
 * @param declaredIn the POM the messages name as the one to change ({@code pom.xml}, or the parent
 *     that declares the plugin)
 * @param configurations every configuration the plugin runs with: the plugin-level one (what a call
 *     by name uses) and each execution's, into which Maven merged the plugin-level one
 */
public record BuildPlugin(String key, String declaredIn, List<ConfigNode> configurations) {
  public BuildPlugin {
    configurations = List.copyOf(configurations);
  }

  /** The artifactId, as a message names the plugin. */
  public String artifactId() {
    return key.substring(key.indexOf(':') + 1);
  }
}
