package dev.lifeos.maven.mojo;

import dev.lifeos.maven.coverage.InstrumentedPackages;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Points JaCoCo's agents at the build's own classes: the packages of every reactor module's classes
 * (or, for a module not built yet, of its Java sources), so that the test JVMs do not instrument
 * JUnit, Spring, drivers and the other libraries no report looks at. Coverage is the same; the
 * tests run faster (docs/benchmarks.md, "Coverage of the build's own classes").
 *
 * <p>Bound at process-classes, when this module's classes exist, before JaCoCo's {@code
 * prepare-agent} at process-test-classes. The result goes to the project property {@value
 * #EFFECTIVE_INCLUDES}, which {@code lifeos-parent} passes to both agents' {@code includes} and
 * deliberately does not define, so that Maven evaluates it when it configures JaCoCo, after this
 * goal. Skipped, the goal sets it to {@code *}, the agent's default.
 *
 * <p>A service's own {@code prepare-agent} at its default phase (initialize) has put its agent in
 * {@code argLine} by now. The parent's unit agent used to run before it, and JaCoCo replaced the
 * parent's agent with the service's; now it would be the other way round, so this goal switches the
 * parent's unit agent off ({@value #UNIT_AGENT_SKIP}) and the service's agent, its data file and
 * its reports stay what they were.
 */
@Mojo(name = "coverage-scope", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class CoverageScopeMojo extends LifeosMojo {
  /** The property the JaCoCo agents' {@code includes} reads. */
  public static final String EFFECTIVE_INCLUDES = "lifeos.coverage.effectiveIncludes";

  /** The property the unit agent's {@code skip} reads. */
  public static final String UNIT_AGENT_SKIP = "lifeos.coverage.effectiveUnitAgentSkip";

  /** The property JaCoCo's prepare-agent writes and Surefire reads as {@code @{argLine}}. */
  private static final String ARG_LINE = "argLine";

  private static final int PACKAGES_NAMED = 3;

  /** Switches coverage off; this goal then leaves the agents at their default. */
  @Parameter(property = "lifeos.coverage.skip", defaultValue = "false")
  private boolean skip;

  /**
   * The classes the agents instrument, in JaCoCo's agent syntax: names with {@code *} and {@code
   * ?}, separated by {@code :} ({@code com.acme.*:org.partner.sdk.*}); {@code *} for every class.
   * Empty: the packages of the build's own classes and their subpackages.
   */
  @Parameter(property = "lifeos.coverage.includes")
  private String includes;

  @Override
  protected boolean isSkipped() {
    return skip;
  }

  @Override
  protected void whenSkipped() {
    export(InstrumentedPackages.EVERY_CLASS);
    project.getProperties().setProperty(UNIT_AGENT_SKIP, "true");
  }

  @Override
  protected void run() {
    boolean ownAgent =
        project.getProperties().getProperty(ARG_LINE, "").contains("org.jacoco.agent");
    project.getProperties().setProperty(UNIT_AGENT_SKIP, String.valueOf(ownAgent));
    if ("pom".equals(project.getPackaging())) {
      export(InstrumentedPackages.EVERY_CLASS); // no tests: no need to say more
      return;
    }
    if (ownAgent) {
      getLog()
          .info(
              "The project's own JaCoCo agent is in argLine already: it instruments the unit tests as"
                  + " configured, and lifeos-parent's unit agent stays out.");
    }
    if (includes != null && !includes.isBlank()) {
      String given = includes.strip();
      export(given);
      getLog().info("JaCoCo's agents instrument " + given + " (lifeos.coverage.includes).");
      return;
    }
    List<MavenProject> reactor =
        session.getAllProjects() != null ? session.getAllProjects() : List.of(project);
    InstrumentedPackages scan =
        InstrumentedPackages.scan(
            reactor.stream()
                .map(module -> Path.of(module.getBuild().getOutputDirectory()))
                .toList(),
            // a module's declared source directory, not its compile source roots: with -T another
            // module's thread may be adding a generated root to that list while this one reads it
            reactor.stream()
                .map(module -> Path.of(module.getBuild().getSourceDirectory()))
                .toList());
    String agentIncludes = scan.agentIncludes();
    export(agentIncludes);
    if (scan.everyClassBecause().isPresent()) {
      getLog()
          .info(
              "JaCoCo's agents instrument every class: "
                  + scan.everyClassBecause().get()
                  + ". -Dlifeos.coverage.includes=<packages> names them.");
      return;
    }
    getLog()
        .info(
            "JaCoCo's agents instrument this build's classes only, in "
                + named(scan.roots())
                + " (with subpackages), not its libraries; -Dlifeos.coverage.includes=* instruments"
                + " every class.");
    getLog().debug("JaCoCo agent includes: " + agentIncludes);
  }

  private static String named(List<String> roots) {
    String first = String.join(", ", roots.subList(0, Math.min(roots.size(), PACKAGES_NAMED)));
    return roots.size() <= PACKAGES_NAMED ? first : roots.size() + " packages (" + first + ", ...)";
  }

  private void export(String agentIncludes) {
    project.getProperties().setProperty(EFFECTIVE_INCLUDES, agentIncludes);
  }
}
