package dev.lifeos.maven.migrations.db;

import java.util.concurrent.Callable;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Sends Flyway's own log lines to the {@link MigrationLog} of the goal running on this thread
 * (Flyway's info as debug, its warnings and errors as warnings), instead of straight to SLF4J where
 * they would skip secret masking. A Flyway configured with {@link #LOGGERS} instantiates {@link
 * Creator}; Flyway keeps one static logger per class, so the loggers look up the current thread's
 * sink on every line, and parallel builds each see their own.
 */
public final class FlywayLogBridge {
  private static final ThreadLocal<MigrationLog> CURRENT =
      ThreadLocal.withInitial(() -> MigrationLog.SILENT);

  /** The value of Flyway's {@code loggers} setting that routes its logging here. */
  public static final String LOGGERS = Creator.class.getName();

  private FlywayLogBridge() {}

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

  /** Instantiated by Flyway by name: public, with a public no-argument constructor. */
  public static final class Creator implements LogCreator {
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
