package dev.lifeos.maven.migrations.run;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The approval to migrate production, taken only from the command line of the one run it approves:
 * a value that reaches every run (a POM, settings, a file, an environment variable) would approve
 * them all.
 *
 * <p>How Maven 3.9's launcher builds the run's arguments: {@code bin/mvn} sources {@code
 * /etc/mavenrc} and {@code ~/.mavenrc}, puts {@code .mvn/jvm.config} in front of {@code
 * MAVEN_OPTS}, and starts {@code java $MAVEN_OPTS ... Launcher $MAVEN_ARGS "$@"}; Maven then puts
 * the arguments of {@code .mvn/maven.config} in front of those. A {@code -D} from {@code
 * MAVEN_ARGS} or {@code maven.config} becomes a user property exactly like one typed on the command
 * line, and a {@code -D} in {@code MAVEN_OPTS}, {@code JAVA_TOOL_OPTIONS} or {@code jvm.config} a
 * system property. What tells them apart is {@code MAVEN_CMD_LINE_ARGS}, which the launcher ({@code
 * mvn} and {@code mvn.cmd}, called by {@code mvnw}) exports as the typed arguments only ({@code
 * "$MAVEN_CONFIG $@"}, without {@code MAVEN_ARGS}).
 *
 * <p>So the approval counts when its value is true (any case), it is a user property, the typed
 * arguments hold it, and none of the places that reach every run mentions it. A run that was not
 * started by the launcher (an IDE, an embedded Maven) has no typed arguments to show, and cannot
 * approve production.
 */
public final class ProductionApproval {
  public static final String PROPERTY = "lifeos.migrations.productionApproved";

  /** The launcher's record of the typed arguments. */
  static final String TYPED_ARGUMENTS = "MAVEN_CMD_LINE_ARGS";

  /** Environment variables that put arguments or JVM options into every Maven run. */
  public static final List<String> EVERY_RUN_VARIABLES =
      List.of("MAVEN_ARGS", "MAVEN_CONFIG", "MAVEN_OPTS", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");

  /** Files, in the build's root, that put arguments or JVM options into every Maven run. */
  static final List<String> EVERY_RUN_FILES = List.of(".mvn/maven.config", ".mvn/jvm.config");

  private static final long MAX_CONFIG_BYTES = 1024 * 1024;

  private static final Pattern TYPED =
      Pattern.compile(
          "(?:^|\\s)(?:-D|--define(?:=|\\s+))\\s*"
              + Pattern.quote(PROPERTY)
              + "(?:=\\S*)?(?=\\s|$)");

  private ProductionApproval() {}

  /**
   * True when this run is approved; false when it is not asked for.
   *
   * @param value the approval as Maven gave it to the goal (from wherever it was set), or null
   * @param userProperty the value among the session's user properties, or null
   * @param environment the process environment
   * @param buildRoot where {@code .mvn} is (Maven's multi-module project directory), or null
   * @throws GateFailure when the approval is given anywhere but on this run's command line
   */
  public static boolean approved(
      String value, String userProperty, Map<String, String> environment, Path buildRoot)
      throws GateFailure, IOException {
    if (!isTrue(value)) {
      return false;
    }
    for (String variable : EVERY_RUN_VARIABLES) {
      String text = environment.get(variable);
      if (text != null && text.contains(PROPERTY)) {
        throw refusal("is in the environment variable " + variable);
      }
    }
    for (String name : EVERY_RUN_FILES) {
      Path file = buildRoot == null ? null : buildRoot.resolve(name);
      if (file != null && mentions(file)) {
        throw refusal("is in " + file + ", a committed file");
      }
    }
    if (!isTrue(userProperty)) {
      throw refusal(
          "is not on this run's command line (it comes from the POM, a profile, settings.xml or a"
              + " JVM option)");
    }
    String typed = environment.get(TYPED_ARGUMENTS);
    if (typed == null) {
      throw refusal(
          "cannot be told from one set for every run: this Maven was not started by its launcher"
              + " (mvn, mvnw), which records the typed arguments in "
              + TYPED_ARGUMENTS);
    }
    if (!TYPED.matcher(typed).find()) {
      throw refusal(
          "reached this run from outside its typed arguments (MAVEN_ARGS set in /etc/mavenrc or"
              + " ~/.mavenrc?)");
    }
    return true;
  }

  private static boolean isTrue(String value) {
    return value != null && value.trim().toLowerCase(Locale.ROOT).equals("true");
  }

  private static boolean mentions(Path file) throws GateFailure, IOException {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    if (Files.size(file) > MAX_CONFIG_BYTES) {
      throw new GateFailure(
          file + " is larger than 1 MiB: too large to check it does not approve production.");
    }
    return Files.readString(file).contains(PROPERTY);
  }

  private static GateFailure refusal(String where) {
    return new GateFailure(
        PROPERTY
            + " "
            + where
            + ", where it would approve every run. Remove it from there and give -D"
            + PROPERTY
            + "=true on the command line of the one run that is approved: ./mvnw"
            + " lifeos:run-migrations -Dlifeos.env=production -D"
            + PROPERTY
            + "=true. Nothing was changed.");
  }
}
