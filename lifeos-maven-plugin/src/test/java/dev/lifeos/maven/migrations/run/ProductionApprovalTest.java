package dev.lifeos.maven.migrations.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The production approval counts only from the arguments typed for this run. The environments below
 * are what Maven 3.9's launcher script leaves for the JVM: {@code MAVEN_CMD_LINE_ARGS} holds the
 * typed arguments, {@code MAVEN_ARGS} whatever the environment adds to every run.
 */
class ProductionApprovalTest {
  private static final String FLAG = "-Dlifeos.migrations.productionApproved=true";

  @TempDir Path root;

  private static Map<String, String> launchedWith(String typed) {
    Map<String, String> environment = new HashMap<>();
    environment.put(
        "MAVEN_CMD_LINE_ARGS", " lifeos:run-migrations -Dlifeos.env=production " + typed);
    return environment;
  }

  @Test
  void approvalTypedOnTheCommandLineCounts() throws Exception {
    assertThat(ProductionApproval.approved("true", "true", launchedWith(FLAG), root)).isTrue();
  }

  @Test
  void approvalTypedAsUpperCaseTrueCountsAndIsNeverToldItIsNotOnTheCommandLine() throws Exception {
    Map<String, String> environment = launchedWith("-Dlifeos.migrations.productionApproved=TRUE");

    assertThat(ProductionApproval.approved("TRUE", "TRUE", environment, root)).isTrue();
  }

  @Test
  void approvalTypedAsASeparateDefineArgumentCounts() throws Exception {
    assertThat(
            ProductionApproval.approved(
                "true", "true", launchedWith("-D lifeos.migrations.productionApproved=true"), root))
        .isTrue();
    assertThat(
            ProductionApproval.approved(
                "true",
                "true",
                launchedWith("--define lifeos.migrations.productionApproved"),
                root))
        .isTrue();
  }

  @Test
  void approvalInMavenArgsIsRefusedAlthoughMavenMadeItAUserProperty() {
    Map<String, String> environment = launchedWith("");
    environment.put("MAVEN_ARGS", FLAG);

    assertThatThrownBy(() -> ProductionApproval.approved("true", "true", environment, root))
        .isInstanceOf(GateFailure.class)
        .hasMessageStartingWith(
            "lifeos.migrations.productionApproved is in the environment variable MAVEN_ARGS,"
                + " where it would approve every run.")
        .hasMessageEndingWith("Nothing was changed.");
  }

  @Test
  void approvalInMavenArgsIsRefusedEvenWhenAlsoTyped() {
    Map<String, String> environment = launchedWith(FLAG);
    environment.put("MAVEN_ARGS", "-B " + FLAG);

    assertThatThrownBy(() -> ProductionApproval.approved("true", "true", environment, root))
        .hasMessageContaining("is in the environment variable MAVEN_ARGS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAVEN_OPTS", "MAVEN_CONFIG", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS"})
  void approvalInAnyVariableThatReachesEveryRunIsRefused(String variable) {
    Map<String, String> environment = launchedWith(FLAG);
    environment.put(variable, "-Xmx1g " + FLAG);

    assertThatThrownBy(() -> ProductionApproval.approved("true", "true", environment, root))
        .hasMessageStartingWith(
            "lifeos.migrations.productionApproved is in the environment variable " + variable);
  }

  @ParameterizedTest
  @ValueSource(strings = {".mvn/maven.config", ".mvn/jvm.config"})
  void approvalInACommittedConfigFileIsRefused(String name) throws Exception {
    Files.createDirectories(root.resolve(".mvn"));
    Files.writeString(root.resolve(name), "-B\n" + FLAG + "\n");

    assertThatThrownBy(() -> ProductionApproval.approved("true", "true", launchedWith(FLAG), root))
        .hasMessageStartingWith(
            "lifeos.migrations.productionApproved is in "
                + root.resolve(name)
                + ", a committed file");
  }

  @Test
  void anOversizedConfigFileIsAUserErrorNamingIt() throws Exception {
    Files.createDirectories(root.resolve(".mvn"));
    Files.write(root.resolve(".mvn/maven.config"), new byte[2 * 1024 * 1024]);

    assertThatThrownBy(() -> ProductionApproval.approved("true", "true", launchedWith(FLAG), root))
        .isInstanceOf(GateFailure.class)
        .hasMessage(
            root.resolve(".mvn/maven.config")
                + " is larger than 1 MiB: too large to check"
                + " it does not approve production.");
  }

  @Test
  void approvalFromThePomOrAJvmOptionIsRefused() {
    assertThatThrownBy(() -> ProductionApproval.approved("true", null, launchedWith(""), root))
        .hasMessageStartingWith(
            "lifeos.migrations.productionApproved is not on this run's command line (it comes from"
                + " the POM, a profile, settings.xml or a JVM option), where it would approve every"
                + " run.");
  }

  @Test
  void approvalThatReachedTheArgumentsPastTheLauncherRecordIsRefused() {
    // ~/.mavenrc setting MAVEN_ARGS without exporting it: the JVM gets the argument, its
    // environment shows no MAVEN_ARGS, and the typed arguments do not hold it
    assertThatThrownBy(() -> ProductionApproval.approved("true", "true", launchedWith(""), root))
        .hasMessageContaining("reached this run from outside its typed arguments");
  }

  @Test
  void approvalInAMavenNotStartedByItsLauncherIsRefused() {
    assertThatThrownBy(() -> ProductionApproval.approved("true", "true", Map.of(), root))
        .hasMessageContaining("this Maven was not started by its launcher (mvn, mvnw)");
  }

  @Test
  void noApprovalIsNoApprovalWhereverTheWordAppears() throws Exception {
    Map<String, String> environment = launchedWith("");
    environment.put("MAVEN_ARGS", FLAG.replace("true", "false"));

    assertThat(ProductionApproval.approved("false", "false", environment, root)).isFalse();
    assertThat(ProductionApproval.approved(null, null, Map.of(), null)).isFalse();
  }
}
