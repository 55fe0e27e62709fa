package dev.lifeos.maven.mojo;

import dev.lifeos.maven.secrets.ConsoleMasking;
import dev.lifeos.maven.secrets.MaskedException;
import dev.lifeos.maven.secrets.SecretMasker;
import dev.lifeos.maven.support.ApplicationRun;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.support.RepositoryJudgement;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every lifeos goal shares: the skip switch, the report directory, and one secret-masking
 * layer between the goal and the log. A goal reads its parameters and calls a Maven-free class;
 * this class turns the outcome into Maven's terms.
 *
 * <ul>
 *   <li>{@link GateFailure} (the user can fix it) becomes a {@link MojoFailureException} with only
 *       the masked message: no stack trace.
 *   <li>Anything else becomes a {@link MojoExecutionException} whose cause chain is a masked copy.
 *   <li>While the goal runs, what libraries print past the log ({@code System.out}, {@code
 *       System.err}, {@code java.util.logging}) is masked too ({@link ConsoleMasking}).
 *   <li>Secret-valued {@code -D} properties are kept out of the test JVMs that run later in the
 *       build, and so out of their report files ({@link TestReportSecrets}).
 * </ul>
 */
public abstract class LifeosMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  protected MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  protected MojoExecution mojoExecution;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  protected MavenSession session;

  /** Where lifeos goals write their JSON, SARIF, JUnit XML and Markdown reports. */
  @Parameter(
      property = "lifeos.reportDirectory",
      defaultValue = "${project.build.directory}/lifeos")
  protected File reportDirectory;

  // guarded by this: ConsoleMasking asks for the masker from whichever thread prints
  private final List<String> secrets = new ArrayList<>();
  private SecretMasker masker;
  private Log log;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (session != null) { // skipped or not: lifeos-parent binds goals before the tests run
      BuildEvents.of(session, getLog()).watcher(TestReportSecrets.class, TestReportSecrets::new);
    }
    if (isSkipped()) {
      getLog().info("Skipping " + goal() + " because skip = true.");
      whenSkipped();
      return;
    }
    if (judgesRepository()) {
      Optional<String> notNow =
          RepositoryJudgement.whyNotNow(
              requestedTasks(),
              mojoExecution == null || mojoExecution.getExecutionId().startsWith("default-cli")
                  ? null
                  : mojoExecution.getLifecyclePhase(),
              pipeline(),
              goal());
      if (notNow.isPresent()) {
        getLog().info(notNow.get());
        whenSkipped();
        return;
      }
    }
    try (ConsoleMasking.Scope console = ConsoleMasking.open(this::masker)) {
      run();
    } catch (GateFailure failure) {
      throw new MojoFailureException(masker().mask(failure.getMessage()));
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Exception | Error unexpected) { // a driver's LinkageError may quote a URL too
      throw new MojoExecutionException(
          goal() + " failed: " + MaskedException.describe(unexpected, masker()),
          MaskedException.of(unexpected, masker()));
    }
  }

  /** True when the goal's own skip parameter (or a switch it honours) is set. */
  protected abstract boolean isSkipped();

  /**
   * True for a gate that judges the repository rather than the code (workflows, migrations): it
   * runs only when the build asks for it ({@link RepositoryJudgement}), never in {@code
   * spring-boot:run}, {@code test} or {@code compile}.
   */
  protected boolean judgesRepository() {
    return false;
  }

  /**
   * Why this build asks for no verdict on the code ({@link ApplicationRun}: {@code
   * spring-boot:run}), ending with what a gate does {@code instead}; empty when it asks for one.
   */
  protected final Optional<String> applicationRun(String instead) {
    return ApplicationRun.whyNotJudged(requestedTasks(), pipeline(), instead);
  }

  /**
   * Why a repository gate bound to {@code phase} ({@code goal}) will not run in this build, as
   * {@link #judgesRepository()} decides for its own goal; empty when it will.
   */
  protected final Optional<String> repositoryNotJudgedAt(String phase, String goal) {
    return RepositoryJudgement.whyNotNow(requestedTasks(), phase, pipeline(), goal);
  }

  private List<String> requestedTasks() {
    return session == null ? List.of() : session.getGoals();
  }

  private String pipeline() {
    return project == null ? null : project.getProperties().getProperty("lifeos.pipeline");
  }

  /**
   * A property as Maven resolves {@code ${name}} in a parameter: the command line's {@code -D}
   * first, then the POM's; empty when neither sets it. For what a goal reads itself (a property a
   * profile hands over, an empty value Maven would drop from a parameter).
   */
  protected final Optional<String> property(String name) {
    return property(project, name);
  }

  /** True when the command line sets {@code name} ({@code -Dname}, even empty). */
  protected final boolean userSet(String name) {
    return session.getUserProperties().containsKey(name);
  }

  /** {@link #property(String)} as {@code module} sees it (the reactor's root reading a module). */
  protected final Optional<String> property(MavenProject module, String name) {
    String given = session.getUserProperties().getProperty(name);
    return Optional.ofNullable(given != null ? given : module.getProperties().getProperty(name));
  }

  /** {@code path} as the module's own log lines name it: from its base directory when under it. */
  protected final String inModule(Path path) {
    Path base = project.getBasedir().toPath();
    Path absolute = path.toAbsolutePath();
    return absolute.startsWith(base) ? base.relativize(absolute).toString() : path.toString();
  }

  /** Whether any of {@code directories} holds a class file. */
  protected static boolean hasClasses(List<Path> directories) throws IOException {
    for (Path directory : directories) {
      if (Files.isDirectory(directory)) {
        try (Stream<Path> files = Files.walk(directory)) {
          if (files.anyMatch(f -> f.getFileName().toString().endsWith(".class"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** What a skipped goal still owes later goals (a property they read, say); nothing by default. */
  protected void whenSkipped() {}

  /** The goal's work: read parameters, call the core, log and report. */
  protected abstract void run() throws Exception;

  /** Marks a value (a password parameter, say) as secret: it is masked in every later log line. */
  protected final synchronized void secret(String value) {
    if (value != null) {
      secrets.add(value);
      masker = null;
    }
  }

  /** Marks the passwords written into {@code url} (user:password@, password=) as secret. */
  protected final void secretsIn(String url) {
    SecretMasker.credentialsIn(url).forEach(this::secret);
  }

  /** The process environment; one place, so goals never read System.getenv on their own. */
  protected Map<String, String> environment() {
    return System.getenv();
  }

  protected final synchronized SecretMasker masker() {
    if (masker == null) {
      masker = SecretMasker.of(environment(), secrets);
    }
    return masker;
  }

  @Override
  public final Log getLog() {
    if (log == null) {
      log = new MaskingLog(super.getLog(), this::masker);
    }
    return log;
  }

  protected final String goal() {
    return mojoExecution == null
        ? getClass().getSimpleName()
        : mojoExecution.getMojoDescriptor().getFullGoalName();
  }
}
