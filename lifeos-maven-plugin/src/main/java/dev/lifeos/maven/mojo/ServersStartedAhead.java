package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.db.ServerAhead;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * The embedded PostgreSQL servers lifeos:prepare-migrations started, one per module, until the
 * session ends. A build that fails before a module's process-classes never takes its server: the
 * end of the session stops it (and Maven's JVM exit removes its directory, as for every embedded
 * server). One check-migrations took is stopped in the background after the apply: the end of the
 * session waits for that stop, which needs the plugin's classes (they go with the session).
 */
final class ServersStartedAhead implements BuildEvents.Watcher {
  private final Map<String, ServerAhead> servers = new ConcurrentHashMap<>();
  private final Set<ServerAhead> done = ConcurrentHashMap.newKeySet();

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

  /**
   * Kept until the session ends, which waits for its stop: an apply that took the server stops it
   * in the background, and the stop needs the plugin's classes, which go with the session.
   */
  void done(ServerAhead server) {
    if (server.taken()) {
      done.add(server);
    } else {
      server.close(); // the check applied nothing: not needed any more
    }
  }

  @Override
  public void sessionEnded(ExecutionEvent event) {
    servers.values().forEach(ServerAhead::close);
    servers.clear();
    done.forEach(ServerAhead::close);
    done.clear();
  }
}
