package dev.lifeos.maven.workflows;

import dev.lifeos.maven.support.Lifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A shell command that runs Maven ({@code ./mvnw}, {@code mvn}, a path ending in either, or their
 * {@code .cmd} forms), with what the rules need from its command line: the profiles it activates
 * and the phases and goals it runs.
 */
public final class MavenInvocation {
  private static final Set<String> EXECUTABLES = Set.of("mvn", "mvnw", "mvn.cmd", "mvnw.cmd");

  /** Options whose value is the next word when not attached ({@code -pl app}, {@code -P pr}). */
  private static final Set<String> OPTIONS_WITH_VALUE =
      Set.of(
          "-P",
          "--activate-profiles",
          "-D",
          "--define",
          "-pl",
          "--projects",
          "-f",
          "--file",
          "-s",
          "--settings",
          "-gs",
          "--global-settings",
          "-t",
          "--toolchains",
          "-T",
          "--threads",
          "-rf",
          "--resume-from",
          "-l",
          "--log-file",
          "-b",
          "--builder",
          "-gt",
          "--global-toolchains");

  private final ShellCommand command;
  private final List<String> profiles = new ArrayList<>();
  private final List<String> tasks = new ArrayList<>();

  private MavenInvocation(ShellCommand command) {
    this.command = command;
    List<String> words = command.commandWords();
    for (int i = 1; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("-P") || word.equals("--activate-profiles")) {
        if (i + 1 < words.size()) {
          addProfiles(words.get(++i));
        }
      } else if (word.startsWith("--activate-profiles=")) {
        addProfiles(word.substring("--activate-profiles=".length()));
      } else if (word.startsWith("-P")) {
        addProfiles(word.substring(2));
      } else if (OPTIONS_WITH_VALUE.contains(word)) {
        i++;
      } else if (!word.startsWith("-")) {
        tasks.add(word);
      }
    }
  }

  /** The Maven call {@code command} is, or empty when it runs something else. */
  public static Optional<MavenInvocation> of(ShellCommand command) {
    return command
        .program()
        .filter(MavenInvocation::isMavenExecutable)
        .map(program -> new MavenInvocation(command));
  }

  public static boolean isMavenExecutable(String program) {
    String name = program.substring(program.lastIndexOf('/') + 1);
    return EXECUTABLES.contains(name);
  }

  private void addProfiles(String list) {
    for (String profile : list.split(",")) {
      if (!profile.isBlank()) {
        profiles.add(profile.trim());
      }
    }
  }

  public ShellCommand command() {
    return command;
  }

  /** The profile list entries as written, markers included: {@code pr}, {@code !pr}, {@code ?x}. */
  public List<String> profiles() {
    return List.copyOf(profiles);
  }

  /** True when {@code profile} is switched on by {@code -P}. */
  public boolean activates(String profile) {
    return profiles.stream().anyMatch(p -> p.equals(profile) || p.equals("+" + profile));
  }

  /** True when it runs {@code goal} of the lifeos plugin, by prefix or by coordinates. */
  public boolean runsLifeosGoal(String goal) {
    return tasks.stream()
        .anyMatch(
            task ->
                task.equals("lifeos:" + goal)
                    || task.matches("dev\\.lifeos:lifeos-maven-plugin(:[^:]+)?:" + goal));
  }

  /** True when it runs the plugin goal {@code prefix:goal} ({@code jib:build}). */
  public boolean runsGoal(String prefixAndGoal) {
    return tasks.contains(prefixAndGoal);
  }

  /** True when the lifecycle it runs reaches {@code phase}. */
  public boolean reachesPhase(String phase) {
    return Lifecycle.reaches(tasks, phase);
  }
}
