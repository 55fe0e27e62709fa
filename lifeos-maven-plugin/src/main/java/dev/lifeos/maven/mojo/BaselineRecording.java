package dev.lifeos.maven.mojo;

import java.util.regex.Pattern;
import org.apache.maven.execution.MavenSession;

/**
 * Whether this build records the baseline: {@code lifeos:baseline} was asked for on the command
 * line. That goal runs the build up to verify first; while it does, the gates write down what they
 * find instead of failing on it.
 */
final class BaselineRecording {
  private static final Pattern GOAL =
      Pattern.compile("(lifeos|dev\\.lifeos:lifeos-maven-plugin(:[^:]+)?):baseline(@.*)?");

  private BaselineRecording() {}

  static boolean isOn(MavenSession session) {
    return session != null && session.getGoals().stream().anyMatch(g -> GOAL.matcher(g).matches());
  }
}
