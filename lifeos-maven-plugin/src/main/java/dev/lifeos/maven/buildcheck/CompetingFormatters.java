package dev.lifeos.maven.buildcheck;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A second Java formatter beside LifeOS lint (Spotless with google-java-format, execution {@code
 * lifeos-lint}): the two rewrite each other's format, so the lint gate can never pass, and the
 * failure reads like a formatting problem rather than the configuration problem it is. Each finding
 * is one line that says which plugin to drop or how to switch ours.
 */
public final class CompetingFormatters {
  /** Maven plugins that format Java code on their own. */
  static final Set<String> FORMATTER_PLUGINS =
      Set.of(
          "io.spring.javaformat:spring-javaformat-maven-plugin",
          "net.revelc.code.formatter:formatter-maven-plugin",
          "com.spotify.fmt:fmt-maven-plugin",
          "com.coveo:fmt-maven-plugin");

  static final String SPOTLESS = "com.diffplug.spotless:spotless-maven-plugin";

  /** Spotless's Java steps that format the whole file (the others only tidy imports or blanks). */
  static final List<String> SPOTLESS_JAVA_FORMATTERS =
      List.of("googleJavaFormat", "palantirJavaFormat", "eclipse", "prettier", "clangFormat");

  private static final String OURS = "googleJavaFormat";

  private CompetingFormatters() {}

  /** One line per competing formatter in {@code plugins}, none when LifeOS lint is alone. */
  public static List<String> find(List<BuildPlugin> plugins) {
    List<String> findings = new ArrayList<>();
    for (BuildPlugin plugin : plugins) {
      if (FORMATTER_PLUGINS.contains(plugin.key())) {
        findings.add(
            "Competing formatter: "
                + plugin.declaredIn()
                + " declares "
                + plugin.artifactId()
                + ", and LifeOS lint formats Java with google-java-format (Spotless): the two cannot"
                + " both pass. Remove "
                + plugin.artifactId()
                + " (then run ./mvnw spotless:apply once), or keep it and switch LifeOS lint off"
                + " with <lifeos.lint.skip>true</lifeos.lint.skip> in <properties>.");
      } else if (SPOTLESS.equals(plugin.key())) {
        Set<String> steps = javaFormatters(plugin);
        if (steps.size() > 1) {
          steps.remove(OURS);
          findings.add(
              "Competing formatter: "
                  + plugin.declaredIn()
                  + " configures spotless-maven-plugin with "
                  + String.join(", ", steps)
                  + ", which Maven merges into LifeOS lint's googleJavaFormat: the two cannot both"
                  + " pass. Remove your Spotless Java formatter and pick ours with"
                  + " lifeos.lint.style (GOOGLE or AOSP), or keep yours alone by writing"
                  + " <java combine.self=\"override\"> in your Spotless <configuration>.");
        }
      }
    }
    return findings;
  }

  /** Every Java formatter step any of the plugin's configurations runs. */
  private static Set<String> javaFormatters(BuildPlugin plugin) {
    Set<String> steps = new LinkedHashSet<>();
    for (ConfigNode configuration : plugin.configurations()) {
      configuration
          .children("java")
          .flatMap(java -> java.children().stream())
          .map(ConfigNode::name)
          .filter(SPOTLESS_JAVA_FORMATTERS::contains)
          .forEach(steps::add);
    }
    return steps;
  }
}
