package dev.lifeos.maven.mojo;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.maven.execution.AbstractExecutionListener;
import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Lets lifeos goals watch the rest of the build: wraps the session's {@link ExecutionListener}
 * (Maven's console logger) once, passes every event on to it unchanged, and tells the registered
 * {@link Watcher}s about mojo starts and ends and the end of the session.
 *
 * <p>Maven reads the listener from the request for every event, so a goal can install it while the
 * build runs; that is why a parent POM can switch it on (a lifecycle participant would need the
 * plugin as a build extension, which breaks any reactor that builds the plugin itself). With {@code
 * -T} the request is shared by every thread: installing and registering are synchronized, and
 * watchers must be thread-safe.
 */
final class BuildEvents implements ExecutionListener {
  /** What a lifeos goal wants to hear about. Exceptions are logged, never break the build. */
  interface Watcher {
    default void mojoStarted(ExecutionEvent event) {}

    default void mojoFinished(ExecutionEvent event, boolean succeeded) {}

    default void sessionEnded(ExecutionEvent event) {}
  }

  private final ExecutionListener delegate;
  private final Log log;
  private final List<Watcher> watchers = new CopyOnWriteArrayList<>();

  private BuildEvents(ExecutionListener delegate, Log log) {
    this.delegate = delegate;
    this.log = log;
  }

  /** The session's BuildEvents, installed on first use. */
  static BuildEvents of(MavenSession session, Log log) {
    synchronized (BuildEvents.class) {
      ExecutionListener current = session.getRequest().getExecutionListener();
      if (current instanceof BuildEvents events) {
        return events;
      }
      BuildEvents events =
          new BuildEvents(current != null ? current : new AbstractExecutionListener() {}, log);
      session.getRequest().setExecutionListener(events);
      return events;
    }
  }

  /** A module's key for what a watcher keeps per module (a module may build twice). */
  static String moduleKey(MavenProject module) {
    return module.getId() + "@" + module.getBasedir();
  }

  /** The registered watcher of {@code type}, created and registered by the first caller. */
  synchronized <T extends Watcher> T watcher(Class<T> type, Supplier<T> create) {
    for (Watcher watcher : watchers) {
      if (type.isInstance(watcher)) {
        return type.cast(watcher);
      }
    }
    T created = create.get();
    watchers.add(created);
    return created;
  }

  private void notify(String what, Consumer<Watcher> call) {
    for (Watcher watcher : watchers) {
      try {
        call.accept(watcher);
      } catch (RuntimeException e) {
        log.warn("lifeos " + watcher.getClass().getSimpleName() + " failed on " + what, e);
      }
    }
  }

  @Override
  public void mojoStarted(ExecutionEvent event) {
    notify("mojo start", w -> w.mojoStarted(event));
    delegate.mojoStarted(event);
  }

  @Override
  public void mojoSucceeded(ExecutionEvent event) {
    notify("mojo end", w -> w.mojoFinished(event, true));
    delegate.mojoSucceeded(event);
  }

  @Override
  public void mojoFailed(ExecutionEvent event) {
    notify("mojo failure", w -> w.mojoFinished(event, false));
    delegate.mojoFailed(event);
  }

  @Override
  public void sessionEnded(ExecutionEvent event) {
    notify("session end", w -> w.sessionEnded(event));
    delegate.sessionEnded(event);
  }

  // ----- passed on unchanged -----

  @Override
  public void projectDiscoveryStarted(ExecutionEvent event) {
    delegate.projectDiscoveryStarted(event);
  }

  @Override
  public void sessionStarted(ExecutionEvent event) {
    delegate.sessionStarted(event);
  }

  @Override
  public void projectSkipped(ExecutionEvent event) {
    delegate.projectSkipped(event);
  }

  @Override
  public void projectStarted(ExecutionEvent event) {
    delegate.projectStarted(event);
  }

  @Override
  public void projectSucceeded(ExecutionEvent event) {
    delegate.projectSucceeded(event);
  }

  @Override
  public void projectFailed(ExecutionEvent event) {
    delegate.projectFailed(event);
  }

  @Override
  public void mojoSkipped(ExecutionEvent event) {
    delegate.mojoSkipped(event);
  }

  @Override
  public void forkStarted(ExecutionEvent event) {
    delegate.forkStarted(event);
  }

  @Override
  public void forkSucceeded(ExecutionEvent event) {
    delegate.forkSucceeded(event);
  }

  @Override
  public void forkFailed(ExecutionEvent event) {
    delegate.forkFailed(event);
  }

  @Override
  public void forkedProjectStarted(ExecutionEvent event) {
    delegate.forkedProjectStarted(event);
  }

  @Override
  public void forkedProjectSucceeded(ExecutionEvent event) {
    delegate.forkedProjectSucceeded(event);
  }

  @Override
  public void forkedProjectFailed(ExecutionEvent event) {
    delegate.forkedProjectFailed(event);
  }
}
