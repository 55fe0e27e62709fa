package dev.lifeos.maven.migrations.db;

import java.util.concurrent.Callable;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.flywaydb.core.api.logging.LogFactory;

/**
 * Sends Flyway's own log lines to the {@link MigrationLog} of the goal running on this thread
 * (Flyway's info as debug, its warnings and errors as warnings), instead of straight to SLF4J where
 * they would skip secret masking. Flyway keeps one static logger per class, so the loggers look up
 * the current thread's sink on every line; parallel builds each see their own.
 */
public final class FlywayLogBridge {
  private static final ThreadLocal<MigrationLog> CURRENT =
      ThreadLocal.withInitial(() -> MigrationLog.SILENT);

  static {
    LogFactory.setLogCreator(new Creator());
  }

  private FlywayLogBridge() {}

  /**
   * Makes Flyway's loggers this bridge's; idempotent. Called before a Flyway is built, so even the
   * lines it logs while loading its configuration are routed.
   */
  public static void install() {
    // loading the class ran the static initializer
  }

  /** Runs {@code work} with Flyway's log lines going to {@code log}. */
  public static <T> T with(MigrationLog log, Callable<T> work) throws Exception {
    MigrationLog previous = CURRENT.get();
    CURRENT.set(log);
    try {
      return work.call();
    } finally {
      CURRENT.set(previous);
    }
  }

  private static final class Creator implements LogCreator {
    @Override
    public Log createLogger(Class<?> clazz) {
      return new Log() {
        @Override
        public boolean isDebugEnabled() {
          return true;
        }

        @Override
        public void debug(String message) {
          CURRENT.get().debug(message);
        }

        @Override
        public void info(String message) {
          CURRENT.get().debug(message);
        }

        @Override
        public void warn(String message) {
          CURRENT.get().warn(message);
        }

        @Override
        public void error(String message) {
          CURRENT.get().warn(message);
        }

        @Override
        public void error(String message, Exception e) {
          CURRENT.get().warn(message + ": " + e.getMessage());
        }

        @Override
        public void notice(String message) {
          CURRENT.get().debug(message);
        }
      };
    }
  }
}
