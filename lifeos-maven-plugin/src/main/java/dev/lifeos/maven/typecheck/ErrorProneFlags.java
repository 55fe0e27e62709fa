package dev.lifeos.maven.typecheck;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Error Prone flags LifeOS adds after the project's own ({@code lifeos.errorprone.flags}), so
 * they win: checks the baseline holds, lowered to warnings so javac goes on and the typecheck goal
 * judges their findings against the baseline, and checks that crashed, switched off.
 */
public final class ErrorProneFlags {
  private final Set<String> lowered = new LinkedHashSet<>();
  private final Set<String> off = new LinkedHashSet<>();

  public ErrorProneFlags lower(Collection<String> checks) {
    lowered.addAll(checks);
    return this;
  }

  public ErrorProneFlags switchOff(String check) {
    off.add(check);
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
    return (warn + " " + disabled).trim();
  }
}
