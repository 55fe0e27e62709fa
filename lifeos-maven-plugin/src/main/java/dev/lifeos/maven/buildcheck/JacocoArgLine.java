package dev.lifeos.maven.buildcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Surefire or Failsafe {@code <argLine>} without {@code @{argLine}}: JaCoCo's prepare-agent puts
 * its agent into the {@code argLine} property, and only the late reference {@code @{argLine}} hands
 * it to the test JVMs ({@code ${argLine}} is read when the POM is loaded, before the agent is
 * there). Without it the tests run, pass, and the coverage gates find no data: silently, in the
 * total gate, or as "no JaCoCo report, add tests" after hundreds of tests in diff coverage.
 */
public final class JacocoArgLine {
  static final Set<String> TEST_PLUGINS =
      Set.of(
          "org.apache.maven.plugins:maven-surefire-plugin",
          "org.apache.maven.plugins:maven-failsafe-plugin");

  static final String LATE_ARG_LINE = "@{argLine}";

  private JacocoArgLine() {}

  /** One line per test plugin whose argLine drops the agent, naming the POM and the fix. */
  public static List<String> find(List<BuildPlugin> plugins) {
    List<String> findings = new ArrayList<>();
    for (BuildPlugin plugin : plugins) {
      if (!TEST_PLUGINS.contains(plugin.key())) {
        continue;
      }
      plugin.configurations().stream()
          .flatMap(configuration -> configuration.children("argLine"))
          .map(argLine -> argLine.value() == null ? "" : argLine.value().trim())
          .filter(argLine -> !argLine.contains(LATE_ARG_LINE))
          .findFirst()
          .ifPresent(argLine -> findings.add(finding(plugin, argLine)));
    }
    return findings;
  }

  private static String finding(BuildPlugin plugin, String argLine) {
    return plugin.declaredIn()
        + " sets "
        + plugin.artifactId()
        + "'s <argLine>"
        + (argLine.isEmpty() ? " empty" : " to \"" + argLine + "\"")
        + " without @{argLine}, so the test JVMs get no JaCoCo agent and the coverage gates"
        + " measure nothing. Write <argLine>@{argLine}"
        + (argLine.isEmpty() ? "" : " " + argLine)
        + "</argLine>.";
  }
}
