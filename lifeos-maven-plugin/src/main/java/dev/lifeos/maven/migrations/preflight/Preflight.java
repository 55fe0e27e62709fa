package dev.lifeos.maven.migrations.preflight;

import dev.lifeos.maven.migrations.MigrationSettings;
import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.Database;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.DatabaseVariables;
import dev.lifeos.maven.migrations.db.Deadline;
import dev.lifeos.maven.migrations.db.FlywayLogBridge;
import dev.lifeos.maven.migrations.db.MigrationFailure;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.RuntimeLibraries;
import dev.lifeos.maven.support.GateFailure;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Reads the Flyway history of staging and of production (read only: Flyway's {@code info()}, with
 * the project's schemas and history table) and compares them ({@link HistoryComparison}). Every
 * connection and query has a deadline, as in an apply ({@link ApplyOptions}): the driver's connect,
 * login and read limits (unless the URL sets its own), and the lock and statement timeouts.
 */
public final class Preflight {
  /** Staging's database; production's is run-migrations' {@code DATABASE_*}. */
  public static final String STAGING_PREFIX = "STAGING_";

  /**
   * What to compare.
   *
   * @param timeout the longest a connection attempt or one query may take
   */
  public record Request(
      MigrationSettings settings,
      DatabaseTarget.Jdbc staging,
      DatabaseTarget.Jdbc production,
      DatabaseTarget.LibraryVersions versions,
      Duration timeout) {}

  /** The two histories and how they compare. */
  public record Outcome(
      List<AppliedMigration> staging,
      List<AppliedMigration> production,
      HistoryComparison.Result comparison) {}

  private final Request request;
  private final RuntimeLibraries libraries;
  private final MigrationLog log;

  public Preflight(Request request, RuntimeLibraries libraries, MigrationLog log) {
    this.request = request;
    this.libraries = libraries;
    this.log = log;
  }

  /**
   * The database of one environment from its parameters or variables ({@code prefix +
   * DATABASE_URL}, {@code _USER}, {@code _PASSWORD}); {@code setting} names the URL parameter in
   * messages.
   */
  public static DatabaseTarget.Jdbc target(
      String environmentName,
      String prefix,
      String setting,
      String url,
      String user,
      String password,
      Map<String, String> environment)
      throws GateFailure {
    String urlVariable = prefix + DatabaseVariables.URL_VARIABLE;
    return DatabaseVariables.resolve(prefix, setting, url, user, password, environment)
        .orElseThrow(
            () ->
                new GateFailure(
                    "No "
                        + environmentName
                        + " database to compare: set "
                        + urlVariable
                        + " (a read-only user is enough) or -D"
                        + setting
                        + ", with the user and password in "
                        + prefix
                        + "DATABASE_USER and "
                        + prefix
                        + "DATABASE_PASSWORD."));
  }

  public Outcome run() throws GateFailure {
    List<AppliedMigration> staging = history("staging", request.staging());
    List<AppliedMigration> production = history("production", request.production());
    return new Outcome(staging, production, HistoryComparison.compare(staging, production));
  }

  private List<AppliedMigration> history(String environment, DatabaseTarget.Jdbc target)
      throws GateFailure {
    Duration limit = request.timeout();
    // read only: Flyway's lock is never taken; every connect, lock wait and query gets the limit
    ApplyOptions bounds =
        new ApplyOptions(ApplyOptions.FLYWAY_TRANSACTIONAL_LOCK, limit, limit, limit, limit);
    try (Database database =
        Database.open(
            target, request.versions(), libraries, List.of(), bounds, Deadline.after(limit), log)) {
      Flyway flyway =
          database
              .connect(request.settings().configure(database.classLoader()))
              .connectRetries(0)
              .load();
      MigrationInfo[] applied = FlywayLogBridge.with(log, () -> flyway.info().applied());
      List<AppliedMigration> history =
          Arrays.stream(applied)
              .filter(info -> !info.getType().isSynthetic())
              .map(AppliedMigration::of)
              .toList();
      log.info(
          environment
              + " ("
              + database.description()
              + "): "
              + history.size()
              + " migration"
              + (history.size() == 1 ? "" : "s")
              + " in its history"
              + history.stream()
                  .reduce((first, last) -> last)
                  .map(last -> ", the last " + last.name())
                  .orElse(""));
      return history;
    } catch (GateFailure e) {
      throw e;
    } catch (FlywayException e) {
      SQLException cause = MigrationFailure.cause(e, SQLException.class);
      throw unreadable(
          environment,
          target,
          cause != null ? cause.getMessage() : e.getMessage(),
          " Check its URL, user and password, and that it accepts connections from here.");
    } catch (Exception e) {
      throw unreadable(environment, target, String.valueOf(e.getMessage()), "");
    }
  }

  private static GateFailure unreadable(
      String environment, DatabaseTarget.Jdbc target, String detail, String fix) {
    return new GateFailure(
        "Could not read the migration history of "
            + environment
            + " ("
            + target.describe()
            + "): "
            + MigrationFailure.firstLine(detail)
            + fix
            + " Nothing was changed.");
  }
}
