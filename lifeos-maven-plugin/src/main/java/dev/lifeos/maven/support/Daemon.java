package dev.lifeos.maven.support;

/** Work a goal starts and does not wait for. */
public final class Daemon {
  private Daemon() {}

  /**
   * Starts {@code work} on a daemon thread named {@code name}: it never keeps Maven's JVM alive.
   */
  public static Thread start(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
