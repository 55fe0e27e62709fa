package dev.lifeos.maven.security;

import dev.lifeos.maven.support.GateFailure;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The forked SpotBugs that spotbugs-maven-plugin's {@code spotbugs} goal would start, built from
 * that goal's own parameters (by name, as Maven evaluated them): the same main class, the same
 * options, the same report files. Only where the analysis runs differs: beside the build instead of
 * in it.
 *
 * <p>Every parameter of the goal is either translated, read later by {@code spotbugs:verify}
 * (thresholds, the fail switch), or has no bearing on the analysis. One that would change the
 * result and that this class cannot honour ({@code sarifFullPath}: the plugin rewrites the SARIF
 * file afterwards) is refused, naming the switch back to the plugin's own run.
 */
public final class SpotBugsInvocation {
  /** The switch back to spotbugs-maven-plugin's own run, for the messages. */
  public static final String FOREGROUND = "-Dlifeos.security.background=false";

  /** Finds the file a parameter names: a path, or a class path resource of the plugin. */
  @FunctionalInterface
  public interface Resources {
    Path locate(String parameter, String name) throws GateFailure;
  }

  private final Map<String, String> parameters;
  private final Map<String, List<String>> lists;

  /**
   * @param parameters the goal's scalar parameters as evaluated (absent when unset)
   * @param lists its list parameters ({@code includeFilterFiles}, {@code excludeFilterFiles},
   *     {@code excludeBugsFiles}, {@code jvmArgs} split on blanks, {@code systemPropertyVariables}
   *     as {@code name=value}), and {@code sourceRoots}, the module's source directories for {@code
   *     addSourceDirs}
   */
  public SpotBugsInvocation(Map<String, String> parameters, Map<String, List<String>> lists) {
    this.parameters = Map.copyOf(parameters);
    this.lists = Map.copyOf(lists);
  }

  /** The refusal for a parameter this run cannot honour; empty when there is none. */
  public Optional<String> unsupported() {
    if (!flag("sarifFullPath")) {
      return Optional.empty();
    }
    return Optional.of(
        "spotbugs-maven-plugin's sarifFullPath=true rewrites SpotBugs' report after the analysis,"
            + " which the background analysis does not do: run "
            + FOREGROUND
            + " (in .mvn/maven.config to keep it) to let the plugin analyse in the build.");
  }

  public boolean skipped() {
    return flag("skip");
  }

  /** SpotBugs' failure (it exited with an error or ran out of time) fails the build. */
  public boolean failOnError() {
    return !"false".equalsIgnoreCase(value("failOnError").orElse("true"));
  }

  public boolean includeTests() {
    return flag("includeTests");
  }

  /** {@code timeout}, in milliseconds (the plugin's default: ten minutes; 0: none). */
  public long timeoutMillis() throws GateFailure {
    return number("timeout", 600_000);
  }

  public Path xmlReport() {
    return Path.of(value("spotbugsXmlOutputDirectory").orElse("target"))
        .resolve(value("spotbugsXmlOutputFilename").orElse("spotbugsXml.xml"));
  }

  public Optional<Path> sarifReport() {
    return flag("sarifOutput")
        ? Optional.of(
            Path.of(value("sarifOutputDirectory").orElse("target"))
                .resolve(value("sarifOutputFilename").orElse("spotbugsSarif.json")))
        : Optional.empty();
  }

  /** The directories SpotBugs analyses: the classes, and the test classes with includeTests. */
  public List<Path> classDirectories() {
    List<Path> directories = new ArrayList<>();
    value("classFilesDirectory").map(Path::of).ifPresent(directories::add);
    if (includeTests()) {
      value("testClassFilesDirectory").map(Path::of).ifPresent(directories::add);
    }
    return directories;
  }

  /**
   * The JVM's options: heap, jvmArgs, file encoding, system properties, as the plugin orders them.
   */
  public List<String> jvmOptions() throws GateFailure {
    List<String> options = new ArrayList<>();
    options.add("-Xmx" + number("maxHeap", 512) + "m");
    options.addAll(lists.getOrDefault("jvmArgs", List.of()));
    options.add("-Dfile.encoding=" + value("outputEncoding").orElse("UTF-8"));
    if (flag("debug") || flag("trace")) {
      options.add("-Dfindbugs.debug=true");
    }
    for (String property : lists.getOrDefault("systemPropertyVariables", List.of())) {
      options.add("-D" + property);
    }
    return options;
  }

  /**
   * SpotBugs' own arguments.
   *
   * @param plugins the detector plugins' jars (plugins, pluginList and extension dependencies)
   * @param auxClasspathFile the file listing the class path, one entry per line; null for none
   * @param projectName the name SpotBugs' report gives the project
   */
  public List<String> arguments(
      List<Path> plugins, Path auxClasspathFile, String projectName, Resources resources)
      throws GateFailure {
    List<String> args = new ArrayList<>();
    Optional<String> userPrefs = value("userPrefs");
    if (userPrefs.isPresent()) {
      args.add("-userPrefs");
      args.add(resources.locate("userPrefs", userPrefs.get()).toString());
    }
    args.add("-xml:withMessages=" + xmlReport());
    sarifReport().ifPresent(sarif -> args.add("-sarif=" + sarif));
    if (auxClasspathFile != null) {
      args.add("-auxclasspathFromFile");
      args.add(auxClasspathFile.toString());
    }
    args.add("-projectName");
    args.add(projectName);
    args.add(effort());
    args.add(threshold());
    if (flag("debug")) {
      args.add("-progress");
    }
    if (!plugins.isEmpty()) {
      args.add("-pluginList");
      args.add(String.join(File.pathSeparator, plugins.stream().map(Path::toString).toList()));
    }
    option(args, "visitors", "-visitors");
    option(args, "omitVisitors", "-omitVisitors");
    option(args, "chooseVisitors", "-chooseVisitors");
    if (flag("relaxed")) {
      args.add("-relaxed");
    }
    args.add(flag("nested") ? "-nested:true" : "-nested:false");
    Optional<String> onlyAnalyze = value("onlyAnalyze");
    if (onlyAnalyze.isPresent()) {
      if (onlyAnalyze.get().contains("file:")) {
        throw new GateFailure(
            "spotbugs-maven-plugin's onlyAnalyze names a file ("
                + onlyAnalyze.get()
                + "), which the background analysis does not read: list the classes and packages,"
                + " or run "
                + FOREGROUND
                + ".");
      }
      args.add("-onlyAnalyze");
      args.add(onlyAnalyze.get());
    }
    filters(args, "-include", "includeFilterFile", "includeFilterFiles", resources);
    filters(args, "-exclude", "excludeFilterFile", "excludeFilterFiles", resources);
    filters(args, "-excludeBugs", "excludeBugsFile", "excludeBugsFiles", resources);
    if (flag("addSourceDirs")) {
      List<String> roots = lists.getOrDefault("sourceRoots", List.of());
      if (!roots.isEmpty()) {
        args.add("-sourcepath");
        args.add(String.join(File.pathSeparator, roots));
      }
    }
    long maxRank = number("maxRank", 0);
    if (maxRank > 0) {
      args.add("-maxRank");
      args.add(Long.toString(maxRank));
    }
    if (flag("noClassOk")) {
      args.add("-noClassOk");
    }
    for (Path directory : classDirectories()) {
      args.add(directory.toString());
    }
    return args;
  }

  private String effort() {
    return switch (value("effort").orElse("Default")) {
      case "Max" -> "-effort:max";
      case "Min" -> "-effort:min";
      default -> "-effort:default";
    };
  }

  private String threshold() {
    return switch (value("threshold").orElse("Default")) {
      case "High", "high" -> "-high";
      case "Exp" -> "-experimental";
      case "Low" -> "-low";
      default -> "-medium";
    };
  }

  private void filters(
      List<String> args, String option, String single, String many, Resources resources)
      throws GateFailure {
    List<String> names = new ArrayList<>();
    value(single).ifPresent(v -> names.addAll(List.of(v.split(","))));
    names.addAll(lists.getOrDefault(many, List.of()));
    for (String name : names) {
      if (!name.isBlank()) {
        args.add(option);
        args.add(resources.locate(single, name.trim()).toString());
      }
    }
  }

  private void option(List<String> args, String parameter, String option) {
    value(parameter)
        .ifPresent(
            v -> {
              args.add(option);
              args.add(v);
            });
  }

  private Optional<String> value(String name) {
    String value = parameters.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private boolean flag(String name) {
    return value(name).map(v -> v.toLowerCase(Locale.ROOT).equals("true")).orElse(false);
  }

  private long number(String name, long otherwise) throws GateFailure {
    Optional<String> value = value(name);
    if (value.isEmpty()) {
      return otherwise;
    }
    try {
      return Long.parseLong(value.get());
    } catch (NumberFormatException e) {
      throw new GateFailure(
          "spotbugs-maven-plugin's " + name + " is '" + value.get() + "', not a number.");
    }
  }
}
