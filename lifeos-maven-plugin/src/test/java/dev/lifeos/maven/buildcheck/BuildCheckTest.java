package dev.lifeos.maven.buildcheck;

import static dev.lifeos.maven.buildcheck.ConfigNode.leaf;
import static dev.lifeos.maven.buildcheck.ConfigNode.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeos.maven.secrets.SecretMasker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildCheckTest {
  private static final BuildCheck.Gates ALL_ON = new BuildCheck.Gates(true, true, true);

  /** lifeos-parent's Spotless as a child inherits it: plugin-level and in lifeos-lint. */
  private static final ConfigNode OUR_SPOTLESS =
      of(
          "configuration",
          leaf("skip", "false"),
          of("java", of("googleJavaFormat", leaf("version", "1.28.0")), of("removeUnusedImports")));

  private static BuildPlugin spotless(ConfigNode... configurations) {
    return new BuildPlugin(
        "com.diffplug.spotless:spotless-maven-plugin", "pom.xml", List.of(configurations));
  }

  private static BuildPlugin surefire(String argLine) {
    return new BuildPlugin(
        "org.apache.maven.plugins:maven-surefire-plugin",
        "pom.xml",
        List.of(of("configuration", leaf("argLine", argLine))));
  }

  @Test
  void ourOwnBuildHasNothingToSay() {
    BuildCheck.Findings findings =
        BuildCheck.check(
            List.of(spotless(OUR_SPOTLESS, OUR_SPOTLESS), surefire("@{argLine} ")), ALL_ON);

    assertThat(findings.failures()).isEmpty();
    assertThat(findings.warnings()).isEmpty();
  }

  @Test
  void springJavaFormatBesideOurLintFailsWithOneLineSayingWhatToDo() {
    BuildPlugin springJavaFormat =
        new BuildPlugin(
            "io.spring.javaformat:spring-javaformat-maven-plugin",
            "pom.xml",
            List.of(of("configuration")));

    assertThat(
            BuildCheck.check(List.of(spotless(OUR_SPOTLESS), springJavaFormat), ALL_ON).failures())
        .containsExactly(
            "Competing formatter: pom.xml declares spring-javaformat-maven-plugin, and LifeOS lint"
                + " formats Java with google-java-format (Spotless): the two cannot both pass."
                + " Remove spring-javaformat-maven-plugin (then run ./mvnw spotless:apply once), or"
                + " keep it and switch LifeOS lint off with <lifeos.lint.skip>true</lifeos.lint.skip>"
                + " in <properties>.");
  }

  @Test
  void eclipseFormatterPluginAndFmtCompeteToo() {
    for (String key :
        List.of(
            "net.revelc.code.formatter:formatter-maven-plugin",
            "com.spotify.fmt:fmt-maven-plugin",
            "com.coveo:fmt-maven-plugin")) {
      assertThat(
              CompetingFormatters.find(
                  List.of(
                      new BuildPlugin(
                          key, "the parent POM com.acme:corp-parent:pom:7", List.of()))))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith("Competing formatter: the parent POM com.acme:corp-parent:pom:7 declares ");
    }
  }

  @Test
  void aSpotlessFormatterOfTheServiceMergedIntoOursIsNamedWithBothWaysOut() {
    ConfigNode merged =
        of(
            "configuration",
            of(
                "java",
                of("palantirJavaFormat"),
                of("googleJavaFormat"),
                of("removeUnusedImports")));

    assertThat(CompetingFormatters.find(List.of(spotless(merged))))
        .containsExactly(
            "Competing formatter: pom.xml configures spotless-maven-plugin with palantirJavaFormat,"
                + " which Maven merges into LifeOS lint's googleJavaFormat: the two cannot both pass."
                + " Remove your Spotless Java formatter and pick ours with lifeos.lint.style (GOOGLE"
                + " or AOSP), or keep yours alone by writing <java combine.self=\"override\"> in your"
                + " Spotless <configuration>.");
  }

  @Test
  void aSpotlessExecutionOfTheServiceWithAnotherFormatterCompetes() {
    ConfigNode theirs = of("configuration", of("java", of("eclipse", leaf("file", "eclipse.xml"))));

    assertThat(CompetingFormatters.find(List.of(spotless(OUR_SPOTLESS, theirs))))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("configures spotless-maven-plugin with eclipse, ");
  }

  @Test
  void aServiceFormatterThatReplacedOursEverywhereIsAlone() {
    ConfigNode overridden = of("configuration", of("java", of("palantirJavaFormat")));

    assertThat(CompetingFormatters.find(List.of(spotless(overridden, overridden)))).isEmpty();
  }

  @Test
  void argLineWithoutTheLateReferenceFailsNamingThePomAndTheFix() {
    assertThat(BuildCheck.check(List.of(surefire("-Duser.timezone=UTC")), ALL_ON).failures())
        .containsExactly(
            "pom.xml sets maven-surefire-plugin's <argLine> to \"-Duser.timezone=UTC\" without"
                + " @{argLine}, so the test JVMs get no JaCoCo agent and the coverage gates measure"
                + " nothing. Write <argLine>@{argLine} -Duser.timezone=UTC</argLine>.");
  }

  @Test
  void anEmptyOrEagerArgLineDropsTheAgentToo() {
    // ${argLine} is read when the POM loads, before prepare-agent: it arrives here empty.
    assertThat(JacocoArgLine.find(List.of(surefire(""))))
        .containsExactly(
            "pom.xml sets maven-surefire-plugin's <argLine> empty without @{argLine}, so the test"
                + " JVMs get no JaCoCo agent and the coverage gates measure nothing. Write"
                + " <argLine>@{argLine}</argLine>.");
  }

  @Test
  void failsafeExecutionArgLineCounts() {
    BuildPlugin failsafe =
        new BuildPlugin(
            "org.apache.maven.plugins:maven-failsafe-plugin",
            "orders-app/pom.xml",
            List.of(
                of("configuration", leaf("argLine", "@{argLine} ")),
                of("configuration", leaf("argLine", "-Xmx1g"))));

    assertThat(JacocoArgLine.find(List.of(failsafe)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("orders-app/pom.xml sets maven-failsafe-plugin's <argLine> to \"-Xmx1g\"");
  }

  @Test
  void argLineOnlyWarnsInABuildThatRunsNoTests() {
    BuildCheck.Findings findings =
        BuildCheck.check(List.of(surefire("-Xmx1g")), new BuildCheck.Gates(true, true, false));

    assertThat(findings.failures()).isEmpty();
    assertThat(findings.warnings())
        .singleElement()
        .asString()
        .contains("<argLine>@{argLine} -Xmx1g");
  }

  @Test
  void aGateThatIsOffHasNothingToProtect() {
    BuildPlugin fmt = new BuildPlugin("com.spotify.fmt:fmt-maven-plugin", "pom.xml", List.of());
    BuildCheck.Findings findings =
        BuildCheck.check(
            List.of(fmt, surefire("-Xmx1g")), new BuildCheck.Gates(false, false, true));

    assertThat(findings.failures()).isEmpty();
    assertThat(findings.warnings()).isEmpty();
  }

  @Test
  void aPasswordInTheArgLineIsMaskedInTheLineTheGoalPrints() {
    String finding = JacocoArgLine.find(List.of(surefire("-Ddb.password=hunter2x"))).get(0);

    assertThat(SecretMasker.of(Map.of(), List.of()).mask(finding))
        .doesNotContain("hunter2x")
        .contains("Write <argLine>@{argLine} -Ddb.password=****");
  }
}
