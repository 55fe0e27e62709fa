package dev.lifeos.maven.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpotBugsInvocationTest {
  /** The spotbugs goal's parameters as Maven evaluates them for lifeos-parent's configuration. */
  private final Map<String, String> parameters =
      new HashMap<>(
          Map.of(
              "effort", "Max",
              "threshold", "Default",
              "sarifOutput", "true",
              "xmlOutput", "true",
              "classFilesDirectory", "/m/target/classes",
              "testClassFilesDirectory", "/m/target/test-classes",
              "spotbugsXmlOutputDirectory", "/m/target",
              "spotbugsXmlOutputFilename", "spotbugsXml.xml",
              "sarifOutputDirectory", "/m/target",
              "sarifOutputFilename", "spotbugsSarif.json"));

  private final Map<String, List<String>> lists = new HashMap<>();
  private final List<String> located = new ArrayList<>();

  private SpotBugsInvocation invocation() {
    return new SpotBugsInvocation(parameters, lists);
  }

  private List<String> arguments() throws GateFailure {
    return invocation()
        .arguments(
            List.of(Path.of("/r/findsecbugs.jar")),
            Path.of("/m/target/lifeos/security/aux.txt"),
            "demo",
            (parameter, name) -> {
              located.add(parameter + ":" + name);
              return Path.of("/found", name);
            });
  }

  @Test
  void translatesTheParentsConfigurationAsThePluginDoes() throws GateFailure {
    assertThat(arguments())
        .containsExactly(
            "-xml:withMessages=/m/target/spotbugsXml.xml",
            "-sarif=/m/target/spotbugsSarif.json",
            "-auxclasspathFromFile",
            "/m/target/lifeos/security/aux.txt",
            "-projectName",
            "demo",
            "-effort:max",
            "-medium",
            "-pluginList",
            "/r/findsecbugs.jar",
            "-nested:false",
            "/m/target/classes");
  }

  @Test
  void passesTheChangedClassesAndTheBaselinesBugs() throws GateFailure {
    parameters.put("onlyAnalyze", "a.B,a.C");
    parameters.put("excludeBugsFile", "/m/target/lifeos/baseline/spotbugs-exclude.xml");
    List<String> args = arguments();
    assertThat(args).containsSubsequence("-onlyAnalyze", "a.B,a.C");
    assertThat(args)
        .containsSubsequence(
            "-excludeBugs", "/found/m/target/lifeos/baseline/spotbugs-exclude.xml");
  }

  @Test
  void everyFilterOfBothSpellingsIsLocated() throws GateFailure {
    parameters.put("excludeFilterFile", "spotbugs-exclude.xml, shared/rules.xml");
    lists.put("excludeFilterFiles", List.of("more.xml"));
    parameters.put("includeFilterFile", "include.xml");
    List<String> args = arguments();
    assertThat(located)
        .containsExactly(
            "includeFilterFile:include.xml",
            "excludeFilterFile:spotbugs-exclude.xml",
            "excludeFilterFile:shared/rules.xml",
            "excludeFilterFile:more.xml");
    assertThat(args).containsSubsequence("-exclude", "/found/more.xml");
    assertThat(args.stream().filter("-exclude"::equals)).hasSize(3);
  }

  @Test
  void testsAreAnalysedOnlyWhenAskedFor() throws GateFailure {
    assertThat(invocation().classDirectories()).containsExactly(Path.of("/m/target/classes"));
    parameters.put("includeTests", "true");
    assertThat(arguments()).endsWith("/m/target/classes", "/m/target/test-classes");
  }

  @Test
  void thresholdsAndEffortsMapToSpotBugsOptions() throws GateFailure {
    parameters.put("threshold", "Low");
    parameters.put("effort", "Min");
    parameters.put("relaxed", "true");
    parameters.put("maxRank", "14");
    assertThat(arguments())
        .contains("-low", "-effort:min", "-relaxed")
        .containsSubsequence("-maxRank", "14");
    parameters.put("threshold", "Exp");
    assertThat(arguments()).contains("-experimental");
  }

  @Test
  void anOnlyAnalyzeFileIsRefusedWithTheSwitchBack() {
    parameters.put("onlyAnalyze", "file:classes.txt");
    assertThatThrownBy(this::arguments)
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("file:classes.txt")
        .hasMessageContaining("-Dlifeos.security.background=false");
  }

  @Test
  void aRewrittenSarifIsRefused() {
    assertThat(invocation().unsupported()).isEmpty();
    parameters.put("sarifFullPath", "true");
    assertThat(invocation().unsupported().orElseThrow())
        .contains("sarifFullPath=true")
        .contains("-Dlifeos.security.background=false");
  }

  @Test
  void theJvmGetsHeapArgumentsEncodingAndProperties() throws GateFailure {
    assertThat(invocation().jvmOptions()).containsExactly("-Xmx512m", "-Dfile.encoding=UTF-8");
    parameters.put("maxHeap", "2048");
    parameters.put("outputEncoding", "ISO-8859-1");
    lists.put("jvmArgs", List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    lists.put("systemPropertyVariables", List.of("frc.debug=true"));
    assertThat(invocation().jvmOptions())
        .containsExactly(
            "-Xmx2048m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Dfile.encoding=ISO-8859-1",
            "-Dfrc.debug=true");
  }

  @Test
  void aNumberThatIsNoneNamesTheParameter() {
    parameters.put("maxHeap", "lots");
    assertThatThrownBy(() -> invocation().jvmOptions())
        .isInstanceOf(GateFailure.class)
        .hasMessageContaining("maxHeap is 'lots'");
  }

  @Test
  void failureSwitchesAndTimeoutKeepThePluginsDefaults() throws GateFailure {
    assertThat(invocation().failOnError()).isTrue();
    assertThat(invocation().timeoutMillis()).isEqualTo(600_000);
    assertThat(invocation().skipped()).isFalse();
    parameters.put("failOnError", "false");
    parameters.put("skip", "true");
    parameters.put("timeout", "1000");
    assertThat(invocation().failOnError()).isFalse();
    assertThat(invocation().skipped()).isTrue();
    assertThat(invocation().timeoutMillis()).isEqualTo(1000);
  }

  @Test
  void withoutSarifOutputThereIsNoSarifReport() throws GateFailure {
    parameters.put("sarifOutput", "false");
    assertThat(invocation().sarifReport()).isEmpty();
    assertThat(arguments()).noneMatch(a -> a.startsWith("-sarif"));
  }
}
