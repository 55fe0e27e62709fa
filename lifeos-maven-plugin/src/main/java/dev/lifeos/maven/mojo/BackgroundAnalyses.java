package dev.lifeos.maven.mojo;

import dev.lifeos.maven.security.BackgroundAnalysis;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.project.MavenProject;

/**
 * The analyses lifeos:security-analyze started and lifeos:security-await has not collected yet, one
 * per module. A build that fails before a module's verify never awaits its analysis: the end of the
 * session (or of Maven's JVM) stops whatever is still running.
 */
final class BackgroundAnalyses implements BuildEvents.Watcher {
  /** An analysis and what its await needs to judge it. */
  record Pending(BackgroundAnalysis analysis, Duration timeout, boolean failOnError, Path report) {}

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Thread stopOnExit = new Thread(this::stopAll, "lifeos-stop-background-analyses");

  BackgroundAnalyses() {
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  void put(MavenProject module, Pending analysis) {
    Pending previous = pending.put(key(module), analysis);
    if (previous != null) { // the same module built twice in one session: the first is obsolete
      previous.analysis().close();
    }
  }

  Optional<Pending> take(MavenProject module) {
    return Optional.ofNullable(pending.remove(key(module)));
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
    pending.values().forEach(p -> p.analysis().close());
    pending.clear();
  }

  private static String key(MavenProject module) {
    return module.getId() + "@" + module.getBasedir();
  }
}
