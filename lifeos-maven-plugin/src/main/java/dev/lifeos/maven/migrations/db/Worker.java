package dev.lifeos.maven.migrations.db;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a piece of work that may block for ever (a JDBC call, a child process) on a daemon thread of
 * its own, so the caller can stop waiting for it: the work may go on in the background, but the
 * goal does not, and the daemon thread never keeps Maven's JVM alive. An error the work throws
 * (even a {@link StackOverflowError}) ends only that thread and is handed to the caller.
 */
final class Worker {
  private Worker() {}

  /**
   * The work's result, or what it threw.
   *
   * @throws TimeoutException when it did not end within {@code timeout}; it is still running
   */
  static <T> T call(String name, Duration timeout, Callable<T> work) throws Exception {
    return start(name, work).get(timeout);
  }

  /** Like {@link #call}, for work without a result. */
  static void run(String name, Duration timeout, Step work) throws Exception {
    call(
        name,
        timeout,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Starts {@code work}; the caller waits for it with {@link Running#get}, as often as it likes.
   */
  static <T> Running<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return new Running<>(task, thread);
  }

  /** Work started on its own thread. */
  static final class Running<T> {
    private final FutureTask<T> task;
    private final Thread thread;

    private Running(FutureTask<T> task, Thread thread) {
      this.task = task;
      this.thread = thread;
    }

    /**
     * The result, or what the work threw (an {@link Error} too).
     *
     * @throws TimeoutException when it did not end within {@code timeout}; it is still running
     */
    T get(Duration timeout) throws Exception {
      try {
        return task.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Exception exception) {
          throw exception;
        }
        throw (Error) cause;
      } catch (InterruptedException e) {
        thread.interrupt();
        Thread.currentThread().interrupt();
        throw e;
      }
    }
  }

  /** Work that returns nothing and may throw. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }
}
