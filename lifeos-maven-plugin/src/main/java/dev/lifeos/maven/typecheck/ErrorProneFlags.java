package dev.lifeos.maven.typecheck;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Error Prone flags LifeOS adds after the project's own ({@code lifeos.errorprone.flags}), so
 * they win: checks the baseline holds, lowered to warnings so javac goes on and the typecheck goal
 * judges their findings against the baseline, checks that crashed, switched off, and in a build
 * that only runs the application every error lowered to a warning.
 */
public final class ErrorProneFlags {
  private final Set<String> lowered = new LinkedHashSet<>();
  private final Set<String> off = new LinkedHashSet<>();
  private boolean allErrorsAsWarnings;

  public ErrorProneFlags lower(Collection<String> checks) {
    lowered.addAll(checks);
    return this;
  }

  public ErrorProneFlags switchOff(String check) {
    off.add(check);
    return this;
  }

  /** Error Prone's own {@code -XepAllErrorsAsWarnings}: javac reports every finding and goes on. */
  public ErrorProneFlags allErrorsAsWarnings() {
    allErrorsAsWarnings = true;
    return this;
  }

  public Set<String> lowered() {
    return Set.copyOf(lowered);
  }

  /** "-Xep:NullAway:WARN -Xep:StringConcatToTextBlock:OFF": one line for javac's -Xplugin. */
  @Override
  public String toString() {
    String warn = lowered.stream().map(c -> "-Xep:" + c + ":WARN").collect(Collectors.joining(" "));
    String disabled = off.stream().map(c -> "-Xep:" + c + ":OFF").collect(Collectors.joining(" "));
    return ((allErrorsAsWarnings ? "-XepAllErrorsAsWarnings " : "") + warn + " " + disabled)
        .replaceAll(" +", " ")
        .trim();
  }
}
