package dev.lifeos.maven.mojo;

import dev.lifeos.maven.security.BackgroundAnalysis;
import dev.lifeos.maven.security.ParkedAnalysis;
import dev.lifeos.maven.security.SpotBugsInvocation;
import dev.lifeos.maven.security.SpotBugsLauncher;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Starts SpotBugs on the module's classes as soon as they are compiled, in a JVM of its own beside
 * the build, so that the analysis runs while the tests compile and run instead of after them.
 * lifeos:security-await collects it at verify, and spotbugs-maven-plugin's {@code verify} goal
 * judges its report as {@code spotbugs:check} would.
 *
 * <p>The analysis is the one spotbugs-maven-plugin's {@code spotbugs} goal would run, built from
 * that goal's parameters for the build's execution of the plugin ({@link #spotbugsExecution}): the
 * service's own configuration of the plugin (filters, plugins, effort, heap, a newer SpotBugs as a
 * plugin dependency) counts as it does for the plugin. {@code -Dlifeos.security.background =false}
 * gives the analysis back to the plugin (lifeos-parent then binds {@code spotbugs:check}).
 */
@Mojo(
    name = "security-analyze",
    defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class SecurityAnalyzeMojo extends BackgroundSecurityMojo {
  /** The largest filter or preferences file read from a plugin dependency. */
  private static final long RESOURCE_LIMIT = 16L * 1024 * 1024;

  @Component private RepositorySystem repositorySystem;

  @Override
  protected void whenSkipped() {
    if (!skip && !background) {
      getLog().info("spotbugs:check analyses in the build (lifeos.security.background=false).");
    }
  }

  @Override
  protected void run() throws Exception {
    BackgroundAnalyses analyses = analyses();
    Optional<ParkedAnalysis> parked = analyses.takeParked(project);
    try {
      start(analyses, parked);
    } finally {
      parked.ifPresent(ParkedAnalysis::close); // a no-op for the one that took the command line
    }
  }

  private void start(BackgroundAnalyses analyses, Optional<ParkedAnalysis> parked)
      throws Exception {
    if (!analysisAwaited()) {
      getLog()
          .info(
              "SpotBugs not started beside the build: it ends before verify, where"
                  + " lifeos:security-await would collect the analysis.");
      return;
    }
    Plugin plugin = project.getPlugin(SpotBugsParameters.PLUGIN_KEY);
    if (plugin == null) {
      getLog()
          .info("No SpotBugs: this build does not declare " + SpotBugsParameters.PLUGIN_KEY + ".");
      return;
    }
    PluginDescriptor descriptor = loadSpotBugs(plugin);
    Xpp3Dom configuration = spotbugsConfiguration(plugin);
    SpotBugsInvocation spotbugs = evaluate(descriptor, configuration);
    if (spotbugs.skipped()) {
      getLog().info("SpotBugs not started: spotbugs.skip is true.");
      return;
    }
    Optional<String> refusal = spotbugs.unsupported();
    if (refusal.isPresent()) {
      throw new GateFailure(refusal.get());
    }
    Path xml = spotbugs.xmlReport();
    Files.deleteIfExists(xml); // spotbugs:verify must never judge an earlier build's report
    spotbugs.sarifReport().ifPresent(SecurityAnalyzeMojo::deleteQuietly);
    if (!spotbugs.includeTests() && !hasClasses(spotbugs.classDirectories())) {
      getLog().info("No classes for SpotBugs to analyse.");
      return;
    }
    ClassRealm realm = pluginManager.getPluginRealm(session, descriptor);
    Path work = reportDirectory.toPath().resolve("security");
    Files.createDirectories(work);
    List<String> jvm = analysisJvm(descriptor, spotbugs);
    List<String> arguments =
        spotbugs.arguments(
            detectorPlugins(descriptor, configuration),
            auxClasspath(spotbugs.includeTests(), work),
            project.getName(),
            (parameter, name) -> locate(parameter, name, realm, work));
    List<String> command = new ArrayList<>(jvm);
    command.add(SpotBugsLauncher.SPOTBUGS_MAIN);
    command.addAll(arguments);
    Files.createDirectories(xml.toAbsolutePath().getParent());
    BackgroundAnalysis.Launch launch =
        new BackgroundAnalysis.Launch(command, Path.of(project.getBuild().getDirectory()), log());
    BackgroundAnalysis analysis;
    if (spotbugs.includeTests()) { // the test classes do not exist yet: the await starts it
      analysis = null;
    } else if (parked.isPresent() && parked.get().fits(jvm, arguments)) {
      analysis = parked.get().go(arguments);
      getLog().debug("SpotBugs' JVM was started at validate (lifeos:prepare-security).");
    } else {
      analysis = launch.start();
    }
    analyses.put(
        project,
        new BackgroundAnalyses.Pending(
            launch,
            analysis,
            spotbugs.classDirectories(),
            Duration.ofMillis(spotbugs.timeoutMillis()),
            spotbugs.failOnError(),
            xml));
    String classes =
        String.join(", ", spotbugs.classDirectories().stream().map(this::inModule).toList());
    getLog()
        .info(
            analysis == null
                ? "SpotBugs analyses "
                    + classes
                    + " at verify (includeTests: the test classes are not compiled yet)."
                : "SpotBugs started beside the build on "
                    + classes
                    + " (its log: "
                    + inModule(launch.log())
                    + "); lifeos:security-await collects it at verify.");
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // the analysis overwrites it
    }
  }

  /**
   * The {@code plugins} parameter's artifacts, and the plugin's dependencies that are SpotBugs
   * plugins (a {@code findbugs.xml} inside), as spotbugs-maven-plugin finds them.
   */
  private List<Path> detectorPlugins(PluginDescriptor descriptor, Xpp3Dom configuration)
      throws GateFailure, IOException {
    List<Path> jars = new ArrayList<>();
    for (String coordinates : SpotBugsParameters.detectorPlugins(configuration)) {
      try {
        jars.add(
            repositorySystem
                .resolveArtifact(
                    session.getRepositorySession(),
                    new ArtifactRequest(
                        new DefaultArtifact(coordinates),
                        project.getRemotePluginRepositories(),
                        null))
                .getArtifact()
                .getFile()
                .toPath());
      } catch (ArtifactResolutionException | IllegalArgumentException e) {
        throw new GateFailure(
            "Could not resolve the SpotBugs plugin "
                + coordinates
                + " (spotbugs-maven-plugin's plugins parameter): "
                + e.getMessage());
      }
    }
    for (Artifact artifact : descriptor.getArtifacts()) {
      if (!"com.github.spotbugs".equals(artifact.getGroupId())
          && artifact.getFile() != null
          && artifact.getFile().getName().endsWith(".jar")
          && !jars.contains(artifact.getFile().toPath())) {
        try (ZipFile jar = new ZipFile(artifact.getFile())) {
          if (jar.getEntry("findbugs.xml") != null) {
            jars.add(artifact.getFile().toPath());
          }
        }
      }
    }
    return jars;
  }

  /** The module's class path for SpotBugs' auxclasspath, one entry per line; null when empty. */
  private Path auxClasspath(boolean includeTests, Path work) throws Exception {
    List<String> elements =
        includeTests ? project.getTestClasspathElements() : project.getCompileClasspathElements();
    if (elements.isEmpty()) {
      return null;
    }
    return Files.write(work.resolve("spotbugs-auxclasspath.txt"), elements);
  }

  /**
   * A filter or preferences file: a path (absolute or from the module), else a class path resource
   * of spotbugs-maven-plugin's dependencies (a shared rule set), copied under {@code work}.
   */
  private Path locate(String parameter, String name, ClassRealm realm, Path work)
      throws GateFailure {
    Path file = project.getBasedir().toPath().resolve(name);
    if (Files.isRegularFile(file)) {
      return file;
    }
    URL resource = realm.getResource(name.startsWith("/") ? name.substring(1) : name);
    if (resource == null) {
      throw new GateFailure(
          "spotbugs-maven-plugin's "
              + parameter
              + " names "
              + name
              + ", which is neither a file ("
              + inModule(file)
              + ") nor a class path resource of the plugin's dependencies. Fix the name, or run "
              + SpotBugsInvocation.FOREGROUND
              + " if it is a URL for the plugin to download.");
    }
    Path copy = work.resolve("resources").resolve(parameter + "-" + Path.of(name).getFileName());
    try (InputStream in = resource.openStream()) {
      Files.createDirectories(copy.getParent());
      byte[] content = in.readNBytes((int) RESOURCE_LIMIT + 1);
      if (content.length > RESOURCE_LIMIT) {
        throw new GateFailure(
            "spotbugs-maven-plugin's " + parameter + " " + name + " is larger than 16 MiB.");
      }
      return Files.write(copy, content);
    } catch (IOException e) {
      throw new GateFailure(
          "Could not read spotbugs-maven-plugin's "
              + parameter
              + " "
              + name
              + ": "
              + e.getMessage());
    }
  }
}
