package dev.lifeos.maven.migrations.db;

import dev.lifeos.maven.migrations.db.ApplyStopped.Kind;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The words for why an apply stopped: what happened, and the fix, for each {@link Kind}. The one
 * place where the apply's failures are explained, so check-migrations and run-migrations say the
 * same thing the same way.
 */
final class ApplyText {
  /** How long to wait for the embedded server's log to say why a connection broke. */
  private static final Duration LOG_WAIT = Duration.ofSeconds(3);

  private final Database database;
  private final Optional<MigrationFailure> failure;
  private final Throwable error;
  private final Optional<LockWatch.Wait> wait;

  ApplyText(
      Database database,
      Optional<MigrationFailure> failure,
      Throwable error,
      Optional<LockWatch.Wait> wait) {
    this.database = database;
    this.failure = failure;
    this.error = error;
    this.wait = wait;
  }

  String what(Kind kind) {
    ApplyOptions options = database.options();
    return switch (kind) {
      case SQL_ERROR -> failure.map(MigrationFailure::error).orElse(driverSays());
      case OTHER -> driverSays();
      case LOCK_TIMEOUT ->
          "waited longer than "
              + ApplyOptions.format(options.lockTimeout())
              + " ("
              + ApplyOptions.LOCK_TIMEOUT
              + ") for "
              + wait.map(LockWatch.Wait::describe).orElse("a lock (" + driverSays() + ")");
      case STATEMENT_TIMEOUT ->
          "ran longer than "
              + ApplyOptions.format(options.statementTimeout())
              + " ("
              + ApplyOptions.STATEMENT_TIMEOUT
              + ") and was cancelled"
              + wait.map(w -> ", while waiting for " + w.describe()).orElse("");
      case SELF_WAIT ->
          "waited for "
              + wait.map(w -> w.describe()).orElse("this apply's own Flyway connection")
              + ". Flyway holds its lock in an open transaction on that connection"
              + " (postgresql.transactional.lock=true, Flyway's default), and this statement"
              + " waits for every open transaction to end, so neither could ever finish: the"
              + " statement was cancelled";
      case DEADLINE ->
          "was still running when the deadline of "
              + ApplyOptions.format(options.deadline())
              + " ("
              + ApplyOptions.DEADLINE
              + ") passed"
              + wait.map(w -> ", waiting for " + w.describe()).orElse("")
              + "; it was cancelled";
      case CONNECTION_LOST ->
          "the connection to "
              + ConnectionFailure.server(database)
              + " broke while it ran ("
              + driverSays()
              + ")"
              + database.embedded().map(ApplyText::embeddedServerState).orElse("");
      case CANNOT_CONNECT -> ConnectionFailure.describe(database, error);
      case TOO_DEEP ->
          database.description()
              + " ran out of stack parsing a statement in it (StackOverflowError): expressions or"
              + " parentheses nested thousands deep";
    };
  }

  Optional<String> fix(Kind kind) {
    return Optional.ofNullable(
        switch (kind) {
          case SQL_ERROR, OTHER -> null;
          case LOCK_TIMEOUT -> lockHolderFix();
          case STATEMENT_TIMEOUT ->
              "make the statement faster (batch a large UPDATE or DELETE, create the index it"
                  + " needs first), or raise -D"
                  + ApplyOptions.STATEMENT_TIMEOUT
                  + " (0 for no limit)";
          case SELF_WAIT ->
              "set postgresql.transactional.lock=false where the project configures Flyway:"
                  + " spring.flyway.postgresql.transactional-lock=false (Spring Boot"
                  + " application.yml or .properties), flyway.postgresql.transactional.lock=false"
                  + " (flyway.conf) or <postgresqlTransactionalLock>false</postgresqlTransactionalLock>"
                  + " in the flyway-maven-plugin's <pluginConfiguration>; the migration goals"
                  + " apply with it from there. Flyway then holds a session-level advisory lock,"
                  + " which keeps two deploys apart just as well and lets CREATE INDEX"
                  + " CONCURRENTLY finish. Without it every Flyway"
                  + " migrate of this migration hangs the same way, the application's own at"
                  + " start-up too";
          case DEADLINE ->
              wait.isPresent()
                  ? lockHolderFix()
                  : "find out why it takes that long (a large table, a slow disk), then raise -D"
                      + ApplyOptions.DEADLINE
                      + " if it must";
          case CONNECTION_LOST ->
              database.embedded().isPresent()
                  ? "run again: the embedded server and its directory are removed. If it happens"
                      + " again, find what kills PostgreSQL on this machine (out of memory: dmesg)"
                  : "check the server (its log: was it restarted, or the session killed?) and the"
                      + " network, then run again";
          case CANNOT_CONNECT ->
              "check the database URL, and that the server runs and accepts connections from"
                  + " here; on a slow network raise -D"
                  + ApplyOptions.CONNECT_TIMEOUT;
          case TOO_DEEP ->
              "split or simplify that statement; PostgreSQL limits such nesting too"
                  + " (max_stack_depth)";
        });
  }

  private String lockHolderFix() {
    List<LockWatch.Blocker> others =
        wait.map(w -> w.blockers().stream().filter(b -> !b.ours()).toList()).orElse(List.of());
    String holder =
        others.isEmpty()
            ? "the session holding the lock (pg_locks, pg_stat_activity) must end first: let it"
                + " finish or end it"
            : "pid "
                + others.get(0).pid()
                + " must end first: see what it does, let it finish or end it (SELECT"
                + " pg_terminate_backend("
                + others.get(0).pid()
                + "))";
    return holder
        + ", then run again; keep transactions on these tables short. Raise -D"
        + ApplyOptions.LOCK_TIMEOUT
        + " only if every query on the table may queue that long behind this migration";
  }

  private static String embeddedServerState(EmbeddedServer server) {
    List<String> trouble = server.trouble(LOG_WAIT);
    return (server.running() ? "" : ": the embedded PostgreSQL server is gone (killed or crashed)")
        + (trouble.isEmpty() ? "" : "; its log says: " + String.join(" / ", trouble));
  }

  private String driverSays() {
    SQLException sql = MigrationFailure.cause(error, SQLException.class);
    return MigrationFailure.firstLine(sql != null ? sql.getMessage() : error.getMessage());
  }
}
