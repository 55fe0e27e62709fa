package dev.lifeos.maven.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whatever a goal or the libraries it calls print, the secrets it knows never get through. */
class LifeosMojoTest {
  private static final String SECRET = "S3cr3t-Pa55";

  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private PrintStream originalOut;

  @BeforeEach
  void captureStdout() {
    originalOut = System.out;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStdout() {
    System.setOut(originalOut);
  }

  /** A goal with a password parameter whose work prints, logs and throws the password. */
  private static final class LeakyGoal extends LifeosMojo {
    private final Exception failure;

    LeakyGoal(Exception failure) {
      this.failure = failure;
    }

    @Override
    protected boolean isSkipped() {
      return false;
    }

    @Override
    protected Map<String, String> environment() {
      return Map.of("DATABASE_URL", "postgres://app:env-Pa55word@db/app");
    }

    @Override
    protected void run() throws Exception {
      secret(SECRET);
      System.out.println("driver trace: login with " + SECRET + " and env-Pa55word");
      Logger.getLogger("org.postgresql.Driver").warning("JDBC URL invalid port number: " + SECRET);
      getLog().info("connecting with " + SECRET);
      throw failure;
    }
  }

  @Test
  void masksTheConsoleJavaUtilLoggingAndTheUnexpectedExceptionWhileTheGoalRuns() {
    ByteArrayOutputStream julOut = new ByteArrayOutputStream();
    StreamHandler jul = new StreamHandler(julOut, new java.util.logging.SimpleFormatter());
    Logger.getLogger("").addHandler(jul);
    try {
      assertThatThrownBy(
              () ->
                  new LeakyGoal(
                          new IllegalStateException(
                              "Unable to connect to jdbc:postgresql://db/app?password=" + SECRET))
                      .execute())
          .isInstanceOf(MojoExecutionException.class)
          .hasMessageNotContaining(SECRET)
          .satisfies(e -> assertThat(e.getCause()).hasMessageNotContaining(SECRET));
    } finally {
      jul.flush();
      Logger.getLogger("").removeHandler(jul);
    }

    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains("driver trace: login with **** and ****")
        .contains("connecting with ****")
        .doesNotContain(SECRET);
    assertThat(julOut.toString(StandardCharsets.UTF_8))
        .contains("JDBC URL invalid port number: ****")
        .doesNotContain(SECRET);
  }

  @Test
  void aUserErrorIsAFailureWithTheMessageMasked() {
    assertThatThrownBy(
            () -> new LeakyGoal(new GateFailure("login " + SECRET + " refused")).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("login **** refused");
  }

  @Test
  void aPropertyIsTheCommandLinesThenThePomsAsMavenResolvesAParameter() {
    LeakyGoal goal = new LeakyGoal(new IllegalStateException());
    DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
    request.getUserProperties().setProperty("lifeos.a", "from -D");
    request.getUserProperties().setProperty("lifeos.empty", "");
    goal.session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
    goal.project = new MavenProject();
    goal.project.getProperties().setProperty("lifeos.a", "from the POM");
    goal.project.getProperties().setProperty("lifeos.b", "from the POM");
    MavenProject module = new MavenProject();
    module.getProperties().setProperty("lifeos.b", "from the module");

    assertThat(goal.property("lifeos.a")).contains("from -D");
    assertThat(goal.property("lifeos.b")).contains("from the POM");
    assertThat(goal.property(module, "lifeos.b")).contains("from the module");
    assertThat(goal.property("lifeos.empty")).contains("");
    assertThat(goal.property("lifeos.unset")).isEmpty();
    assertThat(goal.userSet("lifeos.empty")).isTrue();
    assertThat(goal.userSet("lifeos.b")).isFalse();
  }
}
