package dev.lifeos.maven.mojo;

import dev.lifeos.maven.security.BackgroundAnalysis;
import dev.lifeos.maven.security.ParkedAnalysis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.project.MavenProject;

/**
 * The analyses lifeos:security-analyze started and lifeos:security-await has not collected yet, one
 * per module, and the JVMs lifeos:prepare-security started for them ahead. A build that fails
 * before a module's verify never awaits its analysis: the end of the session (or of Maven's JVM)
 * stops whatever is still running.
 */
final class BackgroundAnalyses implements BuildEvents.Watcher {
  /**
   * An analysis and what its await needs to judge it. {@code analysis} is null while it waits for
   * classes that do not exist yet (SpotBugs' includeTests): the await starts it.
   */
  record Pending(
      BackgroundAnalysis.Launch launch,
      BackgroundAnalysis analysis,
      List<Path> classDirectories,
      Duration timeout,
      boolean failOnError,
      Path report) {}

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Map<String, ParkedAnalysis> parked = new ConcurrentHashMap<>();
  private final Set<String> asked = ConcurrentHashMap.newKeySet();
  private final Set<BackgroundAnalysis> started = ConcurrentHashMap.newKeySet();
  private final Thread stopOnExit = new Thread(this::stopAll, "lifeos-stop-background-analyses");

  BackgroundAnalyses() {
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  void put(MavenProject module, Pending analysis) {
    if (analysis.analysis() != null) {
      started(analysis.analysis());
    }
    Pending previous = pending.put(BuildEvents.moduleKey(module), analysis);
    if (previous != null && previous.analysis() != null) { // the module built twice: obsolete
      previous.analysis().close();
    }
  }

  /** Stopped with the others if the session ends while it runs. */
  void started(BackgroundAnalysis analysis) {
    started.add(analysis);
  }

  /**
   * A JVM started ahead for the module's analysis (lifeos:prepare-security); stopped at once when
   * the module's security-analyze has already asked for one (it came too late).
   */
  synchronized void park(MavenProject module, ParkedAnalysis analysis) {
    String key = BuildEvents.moduleKey(module);
    if (asked.contains(key)) {
      analysis.close();
      return;
    }
    ParkedAnalysis previous = parked.put(key, analysis);
    if (previous != null) { // the module built twice
      previous.close();
    }
  }

  synchronized Optional<ParkedAnalysis> takeParked(MavenProject module) {
    String key = BuildEvents.moduleKey(module);
    asked.add(key);
    return Optional.ofNullable(parked.remove(key));
  }

  Optional<Pending> take(MavenProject module) {
    return Optional.ofNullable(pending.remove(BuildEvents.moduleKey(module)));
  }

  @Override
  public void sessionEnded(ExecutionEvent event) {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException alreadyExiting) {
      // the hook is running or about to: nothing left to do
    }
  }

  private void stopAll() {
    started.forEach(BackgroundAnalysis::close); // one that has ended already is left as it is
    started.clear();
    parked.values().forEach(ParkedAnalysis::close);
    parked.clear();
    pending.clear();
  }
}
