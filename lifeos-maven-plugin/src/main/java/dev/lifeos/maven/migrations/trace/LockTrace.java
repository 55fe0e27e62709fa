package dev.lifeos.maven.migrations.trace;

import dev.lifeos.maven.migrations.Migration;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * The lock trace of a PostgreSQL apply: what each statement of each migration locked and rewrote,
 * read from the database inside the migration's own transaction.
 *
 * <p>Flyway's open-source edition has no per-statement callbacks, so the trace sits in two places:
 * a {@link Callback} around each migration (a snapshot of the relations that exist before it, the
 * end of its transaction), and the {@link DataSource} Flyway connects through, whose statements it
 * times and, after each one that may take a strong lock, asks {@code pg_locks} (the migrating
 * backend's granted locks), {@code pg_class.relfilenode} (a rewrite gives a relation a new file)
 * and {@code pg_stat_xact_user_tables.seq_scan} (a full read of the table). Its queries run on the
 * migration's connection inside a savepoint, so a failed one cannot abort the migration. Statements
 * that only change rows (INSERT, UPDATE, DELETE, MERGE, COPY) are timed, not asked: they take no
 * lock above ROW EXCLUSIVE, and most of a large history's statements are of that kind.
 */
public final class LockTrace implements Callback {
  /** Verbs of statements that change rows only: timed, not asked for their locks. */
  private static final Set<String> ROW_VERBS =
      Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "COPY");

  private static final String SYSTEM_SCHEMA =
      "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'";

  /**
   * A table's full reads this backend counted and has not yet reported (they include earlier
   * transactions'): {@code pg_stat_xact_user_tables.seq_scan}, called for the rows at hand rather
   * than through the view, which computes every statistic of every table.
   */
  private static final String SEQ_SCANS =
      "CASE WHEN c.relkind IN ('r', 'p', 'm') THEN pg_catalog.pg_stat_get_xact_numscans(c.oid)"
          + " ELSE 0 END";

  /**
   * The user relations (tables, partitioned tables, indexes, views) above an oid, and those with
   * full reads counted ({@link #SEQ_SCANS}).
   */
  private static final String RELATIONS =
      "SELECT c.oid::bigint, c.relfilenode::bigint, "
          + SEQ_SCANS
          + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE c.relkind IN ('r', 'p', 'i', 'I', 'm', 'v') AND "
          + SYSTEM_SCHEMA
          + " AND ("
          + SEQ_SCANS
          + " > 0 OR c.oid::bigint > ";

  /** This backend's granted relation locks, with each relation's file and full reads so far. */
  private static final String LOCKS =
      "SELECT l.relation::bigint, l.mode, c.relkind, c.relfilenode::bigint,"
          + " pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname),"
          + " "
          + SEQ_SCANS
          + " FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_class c ON c.oid = l.relation"
          + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE l.pid = pg_catalog.pg_backend_pid() AND l.locktype = 'relation' AND l.granted"
          + " AND "
          + SYSTEM_SCHEMA;

  private final Seeder seeder;
  private final Consumer<String> debug;
  private final List<MigrationTrace> traces = new CopyOnWriteArrayList<>();

  // the running migration: written and read by Flyway's thread only
  private Connection migrationConnection;
  private MigrationInfo migration;
  private String historyTable = "";

  /**
   * The relations that exist (oid to relfilenode), kept from one migration to the next: a
   * migration's new and rewritten relations are among the locks it holds at its end, so only
   * relations above {@link #newestOid} are read again; everything is after a migration that ran
   * outside a transaction, failed, or could not be traced.
   */
  private final Map<Long, Long> files = new HashMap<>();

  private long newestOid;
  private boolean readAll = true;

  /** Full reads counted when the running migration began, by oid. */
  private Map<Long, Long> scansBefore = Map.of();

  private Observation last;
  private boolean stale;
  private boolean broken;
  private final List<Running> statements = new ArrayList<>();

  /**
   * @param seedRows rows to insert into each table a migration creates (0: none)
   * @param debug hears why the trace gave up on a migration
   */
  public LockTrace(int seedRows, Consumer<String> debug) {
    this.seeder = new Seeder(seedRows);
    this.debug = debug;
  }

  /** {@code dataSource} with every statement on its connections seen by this trace. */
  public DataSource wrap(DataSource dataSource) {
    return proxy(
        DataSource.class,
        dataSource,
        (method, args, result) ->
            result instanceof Connection connection
                ? proxy(Connection.class, connection, this::statementOf)
                : result);
  }

  /** The migrations traced so far, in the order they ran. */
  public List<MigrationTrace> traces() {
    return List.copyOf(traces);
  }

  @Override
  public boolean supports(Event event, Context context) {
    return event == Event.BEFORE_EACH_MIGRATE
        || event == Event.AFTER_EACH_MIGRATE
        || event == Event.AFTER_EACH_MIGRATE_ERROR;
  }

  @Override
  public boolean canHandleInTransaction(Event event, Context context) {
    return true;
  }

  /** Never fails the apply: a trace that cannot follow a migration gives up on it. */
  @Override
  public void handle(Event event, Context context) {
    try {
      follow(event, context);
    } catch (RuntimeException e) {
      broken = true;
      readAll = true;
      debug.accept("Lock trace stopped: " + e);
    }
  }

  private void follow(Event event, Context context) {
    if (event == Event.BEFORE_EACH_MIGRATE) {
      migration = context.getMigrationInfo();
      migrationConnection = context.getConnection();
      historyTable = context.getConfiguration().getTable();
      statements.clear();
      last = null;
      stale = false;
      broken = false;
      readRelations();
      return;
    }
    MigrationInfo ended = migration;
    migration = null;
    if (event == Event.AFTER_EACH_MIGRATE && ended != null && !broken) {
      flush();
      List<String> seeded = seeder.seed(raw(), files.keySet(), historyTable, debug);
      MigrationTrace trace = trace(ended, System.nanoTime(), seeded);
      traces.add(trace);
      remember(trace.inTransaction());
    } else {
      readAll = true;
    }
  }

  /** Takes the relations the migration held at its end (new, rewritten) into {@link #files}. */
  private void remember(boolean inTransaction) {
    if (!inTransaction || broken) {
      readAll = true;
    } else if (last != null) {
      last.forEachHeld(
          (oid, fileNode) -> {
            files.put(oid, fileNode);
            newestOid = Math.max(newestOid, oid);
          });
    }
  }

  @Override
  public String getCallbackName() {
    return "lifeos-lock-trace";
  }

  private MigrationTrace trace(MigrationInfo info, long end, List<String> seeded) {
    List<TracedStatement> done = new ArrayList<>();
    boolean inTransaction = false;
    for (Running s : statements) {
      inTransaction |= s.inTransaction;
      done.add(
          new TracedStatement(
              done.size(),
              s.sql,
              s.inTransaction,
              (s.end - s.start) / 1_000_000,
              (end - s.end) / 1_000_000,
              List.copyOf(s.acquired),
              List.copyOf(s.rewritten),
              List.copyOf(s.scanned),
              s.observed));
    }
    return new MigrationTrace(key(info), info.getScript(), inTransaction, done, seeded);
  }

  /** The migration's key as {@link Migration#key()} spells it. */
  static String key(MigrationInfo info) {
    if (info.getVersion() == null) {
      return "R__" + info.getDescription().replace(' ', '_');
    }
    return (info.getType().isBaseline() ? "B" : "V") + Migration.canonical(info.getVersion());
  }

  /** Wraps the statements a traced connection creates. */
  private Object statementOf(Method method, Object[] args, Object result) {
    if (!(result instanceof Statement statement)) {
      return result;
    }
    String prepared =
        method.getName().startsWith("prepare") && args[0] instanceof String sql ? sql : null;
    Class<? extends Statement> type =
        statement instanceof CallableStatement
            ? CallableStatement.class
            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    return Proxy.newProxyInstance(
        LockTrace.class.getClassLoader(),
        new Class<?>[] {type},
        new StatementHandler(statement, prepared));
  }

  /** Runs a statement of a traced connection, tracing it when it is the running migration's. */
  private Object execute(Statement statement, String sql, Method method, Object[] args)
      throws Throwable {
    Connection connection = statement.getConnection();
    boolean traced =
        migration != null
            && !broken
            && sql != null
            && sameConnection(connection)
            && !isFlywayStatement(sql);
    if (!traced) {
      return invoke(method, statement, args);
    }
    boolean inTransaction = !connection.getAutoCommit();
    boolean ask = inTransaction && !ROW_VERBS.contains(firstWord(sql));
    boolean afterAsked = !statements.isEmpty() && statements.get(statements.size() - 1).observed;
    if (ask || afterAsked) {
      try {
        flush(); // what the statement asked before did, and the baseline of this one
      } catch (RuntimeException e) {
        broken = true; // the statement runs all the same, untraced
        debug.accept("Lock trace stopped: " + e);
      }
    }
    Running running = new Running(sql, inTransaction);
    running.start = System.nanoTime();
    try {
      return invoke(method, statement, args);
    } finally {
      running.end = System.nanoTime();
      statements.add(running);
      if (inTransaction) {
        stale = true;
      }
      if (ask) {
        running.observed = true;
      }
    }
  }

  /**
   * Reads what the statements since the last reading took, and gives it to the statement that ran
   * last when it was one asked. Runs before the statement after an asked one, before each asked one
   * (its baseline) and at the migration's end: by then the statement's own results are read.
   */
  private void flush() {
    if (!stale || broken) {
      return;
    }
    stale = false;
    Observation now = observe();
    if (now == null) {
      return;
    }
    Running latest = statements.isEmpty() ? null : statements.get(statements.size() - 1);
    if (latest != null && latest.observed) {
      now.attributeTo(latest, last, files, scansBefore);
    }
    last = now;
  }

  private Observation observe() {
    Map<Long, Observation.Held> held = new HashMap<>();
    boolean read =
        query(
            LOCKS,
            rows -> {
              while (rows.next()) {
                long oid = rows.getLong(1);
                String mode = rows.getString(2);
                Observation.Held previous = held.get(oid);
                held.put(
                    oid,
                    new Observation.Held(
                        rows.getString(5),
                        "iI".indexOf(rows.getString(3).charAt(0)) >= 0,
                        previous == null ? mode : TracedLock.stronger(previous.mode(), mode),
                        rows.getLong(4),
                        rows.getLong(6)));
              }
            });
    return read ? new Observation(held) : null;
  }

  /** Brings {@link #files} up to date and reads {@link #scansBefore}, at a migration's start. */
  private void readRelations() {
    if (readAll) {
      files.clear();
      newestOid = 0;
    }
    long above = newestOid;
    Map<Long, Long> scans = new HashMap<>();
    boolean read =
        query(
            RELATIONS + above + ")",
            rows -> {
              while (rows.next()) {
                long oid = rows.getLong(1);
                if (oid > above) {
                  files.put(oid, rows.getLong(2));
                  newestOid = Math.max(newestOid, oid);
                }
                scans.put(oid, rows.getLong(3));
              }
            });
    readAll = !read;
    scansBefore = scans;
  }

  @FunctionalInterface
  private interface Rows {
    void read(ResultSet rows) throws SQLException;
  }

  /**
   * Runs a query of the trace on the migration's connection; inside a transaction within a
   * savepoint, so that a failure rolls back to it and the migration goes on untraced.
   */
  private boolean query(String sql, Rows rows) {
    Connection connection = raw();
    try {
      boolean inTransaction = !connection.getAutoCommit();
      try (Statement statement = connection.createStatement()) {
        try {
          // one round trip: the driver sends the three statements together
          boolean result =
              statement.execute(
                  inTransaction
                      ? "SAVEPOINT lifeos_trace; " + sql + "; RELEASE SAVEPOINT lifeos_trace"
                      : sql);
          while (!result && statement.getUpdateCount() != -1) {
            result = statement.getMoreResults();
          }
          try (ResultSet rowsRead = statement.getResultSet()) {
            rows.read(rowsRead);
          }
          while (statement.getMoreResults() || statement.getUpdateCount() != -1) {
            // the RELEASE
          }
        } catch (SQLException e) {
          if (inTransaction) {
            statement.execute("ROLLBACK TO SAVEPOINT lifeos_trace");
          }
          throw e;
        }
      }
      return true;
    } catch (SQLException e) {
      broken = true;
      debug.accept(
          "Lock trace stopped for "
              + (migration == null ? "a migration" : migration.getScript())
              + ": "
              + e.getMessage());
      return false;
    }
  }

  /** The driver's connection under the traced one. */
  private Connection raw() {
    return unwrapped(migrationConnection);
  }

  private boolean sameConnection(Connection connection) {
    return migrationConnection != null && unwrapped(migrationConnection) == connection;
  }

  private static Connection unwrapped(Connection connection) {
    if (Proxy.isProxyClass(connection.getClass())
        && Proxy.getInvocationHandler(connection) instanceof Delegating delegating) {
      return (Connection) delegating.target;
    }
    return connection;
  }

  /**
   * Flyway's own statements on the migration's connection: the INSERT into its schema history, and
   * the server version it reads before each migration.
   */
  private boolean isFlywayStatement(String sql) {
    return (!historyTable.isEmpty() && sql.contains("\"" + historyTable + "\""))
        || sql.equals("SELECT version()");
  }

  /** The first word of {@code sql}, upper case, after any comments. */
  static String firstWord(String sql) {
    String text = withoutLeadingComments(sql);
    int i = 0;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(0, i).toUpperCase(Locale.ROOT);
  }

  /** {@code sql} from its first word on: Flyway keeps the comments in front of a statement. */
  static String withoutLeadingComments(String sql) {
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c) || c == '(') {
        i++;
      } else if (sql.startsWith("--", i)) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        break;
      }
    }
    return sql.substring(i);
  }

  /** A statement of the running migration while it runs. */
  static final class Running {
    final String sql;
    final boolean inTransaction;
    long start;
    long end;
    boolean observed;
    final List<TracedLock> acquired = new ArrayList<>();
    final List<String> rewritten = new ArrayList<>();
    final List<String> scanned = new ArrayList<>();

    Running(String sql, boolean inTransaction) {
      this.sql = sql;
      this.inTransaction = inTransaction;
    }
  }

  @FunctionalInterface
  private interface ResultMapper {
    Object map(Method method, Object[] args, Object result) throws Throwable;
  }

  /** Forwards every call to the real object, and hands results to a mapper. */
  private static class Delegating implements InvocationHandler {
    final Object target;
    private final ResultMapper mapper;

    Delegating(Object target, ResultMapper mapper) {
      this.target = target;
      this.mapper = mapper;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "equals":
          return args != null && args.length == 1 && proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "traced " + target;
        default:
          return mapper.map(method, args, LockTrace.invoke(method, target, args));
      }
    }
  }

  /** A statement of a traced connection: its executions go through {@link #execute}. */
  private final class StatementHandler extends Delegating {
    private final String preparedSql;

    StatementHandler(Statement target, String preparedSql) {
      super(target, (method, args, result) -> result);
      this.preparedSql = preparedSql;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (!method.getName().startsWith("execute")) {
        return super.invoke(proxy, method, args);
      }
      String sql =
          args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
      return execute((Statement) target, sql, method, args);
    }
  }

  private static <T> T proxy(Class<T> type, T target, ResultMapper mapper) {
    return type.cast(
        Proxy.newProxyInstance(
            LockTrace.class.getClassLoader(),
            new Class<?>[] {type},
            new Delegating(target, mapper)));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
