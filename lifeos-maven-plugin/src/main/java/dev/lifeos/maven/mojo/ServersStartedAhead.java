package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.db.ServerAhead;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The embedded PostgreSQL servers lifeos:prepare-migrations started and lifeos:check-migrations has
 * not taken yet, one per module. A build that fails before a module's process-classes never takes
 * its server: the end of the session stops it (and Maven's JVM exit removes its directory, as for
 * every embedded server).
 */
final class ServersStartedAhead implements BuildEvents.Watcher {
  private final Map<String, ServerAhead> servers = new ConcurrentHashMap<>();

  static ServersStartedAhead of(MavenSession session, Log log) {
    return BuildEvents.of(session, log)
        .watcher(ServersStartedAhead.class, ServersStartedAhead::new);
  }

  void put(MavenProject module, ServerAhead server) {
    ServerAhead previous = servers.put(BuildEvents.moduleKey(module), server);
    if (previous != null) { // the module built twice: its first server is not needed
      previous.close();
    }
  }

  Optional<ServerAhead> take(MavenProject module) {
    return Optional.ofNullable(servers.remove(BuildEvents.moduleKey(module)));
  }

  @Override
  public void sessionEnded(ExecutionEvent event) {
    servers.values().forEach(ServerAhead::close);
    servers.clear();
  }
}
