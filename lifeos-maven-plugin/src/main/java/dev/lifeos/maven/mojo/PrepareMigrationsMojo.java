package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.ServerAhead;
import dev.lifeos.maven.support.Lifecycle;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Starts, in the background, the embedded PostgreSQL that {@code lifeos:check-migrations} will
 * apply the migrations to, so that resolving its libraries, copying its cluster and starting it
 * overlap the compile: check-migrations (process-classes) takes the running server instead of
 * starting one. lifeos-parent binds it at validate, right after the goals that decide the module's
 * scope.
 *
 * <p>It starts nothing unless check-migrations will start an embedded server in this build: the
 * module has migrations, its database is embedded PostgreSQL ({@code database} {@code auto} for a
 * PostgreSQL project, or {@code postgresql}, and no {@code jdbcUrl}) and the build reaches
 * process-classes and asks for the check. A server check-migrations does not take (the build failed
 * before, or the goal's configuration differs) is stopped when the build ends. A start that fails
 * is reported by check-migrations, with the message it would have given itself.
 */
@Mojo(
    name = "prepare-migrations",
    defaultPhase = LifecyclePhase.VALIDATE,
    // the dialect needs the dependencies' names, not their files: a reactor module that is not
    // built yet (./mvnw validate) has none
    requiresDependencyCollection = ResolutionScope.COMPILE_PLUS_RUNTIME,
    threadSafe = true)
public class PrepareMigrationsMojo extends ApplyTargetMojo {
  /** check-migrations' phase (a string: the annotations' enum is not there at run time). */
  private static final String CHECK_PHASE = "process-classes";

  /** Switches the goal off (check-migrations' switch: it switches both off). */
  @Parameter(property = "lifeos.migrations.skip", defaultValue = "false")
  private boolean skip;

  /**
   * Whether the server starts ahead; {@code false} leaves the start to check-migrations, as before
   * this goal existed.
   */
  @Parameter(property = "lifeos.migrations.startAhead", defaultValue = "true")
  private boolean startAhead;

  @Override
  protected boolean skip() {
    return skip;
  }

  @Override
  protected void run() throws Exception {
    Optional<String> notStarted = whyNotStarted();
    if (notStarted.isPresent()) {
      getLog().debug("Embedded PostgreSQL not started ahead: " + notStarted.get() + ".");
      return;
    }
    DatabaseTarget.EmbeddedPostgres target = (DatabaseTarget.EmbeddedPostgres) target().get();
    ServerAhead server =
        ServerAhead.start(
            target,
            libraryVersions(),
            runtimeLibraries(),
            ApplyParameters.positive(deadline, ApplyOptions.DEADLINE));
    ServersStartedAhead.of(session, getLog()).put(project, server);
    getLog().info("Embedded PostgreSQL for lifeos:check-migrations starting in the background.");
  }

  private Optional<String> whyNotStarted() throws Exception {
    if (!startAhead) {
      return Optional.of("lifeos.migrations.startAhead=false");
    }
    if (!Lifecycle.reaches(session.getGoals(), CHECK_PHASE)) {
      return Optional.of("the build ends before process-classes");
    }
    Optional<String> notJudged = repositoryNotJudgedAt(CHECK_PHASE, "lifeos:check-migrations");
    if (notJudged.isPresent()) {
      return notJudged;
    }
    if (!(target().orElse(null) instanceof DatabaseTarget.EmbeddedPostgres)) {
      return Optional.of("check-migrations applies to another database");
    }
    if (layout().locations(quietSettings()).isEmpty()) {
      return Optional.of("the module has no migrations");
    }
    return Optional.empty();
  }
}
