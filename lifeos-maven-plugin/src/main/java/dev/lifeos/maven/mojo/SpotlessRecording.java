package dev.lifeos.maven.mojo;

import dev.lifeos.maven.baseline.Baseline.FormattingEntry;
import dev.lifeos.maven.baseline.ContentHash;
import dev.lifeos.maven.baseline.ModulePaths;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Which files Spotless would reformat, found by Spotless itself and without touching the work tree:
 * the files its formats include are copied to a scratch directory, the project's own {@code
 * spotless:apply} runs on the copy (the project, cloned, has its base directory there), and every
 * file it changed is an unformatted file.
 */
final class SpotlessRecording {
  static final String SPOTLESS = "com.diffplug.spotless:spotless-maven-plugin";

  /** What Spotless formats when a format names no includes: its Java defaults. */
  private static final List<String> DEFAULT_INCLUDES =
      List.of("src/main/java/**/*.java", "src/test/java/**/*.java");

  private final MavenSession session;
  private final LifecycleExecutor lifecycle;
  private final BuildPluginManager plugins;

  SpotlessRecording(MavenSession session, LifecycleExecutor lifecycle, BuildPluginManager plugins) {
    this.session = session;
    this.lifecycle = lifecycle;
    this.plugins = plugins;
  }

  /** The project's unformatted files; none when the project does not use Spotless. */
  List<FormattingEntry> unformatted(MavenProject project, Path scratch) throws Exception {
    Plugin spotless = project.getPlugin(SPOTLESS);
    if (spotless == null || !(spotless.getConfiguration() instanceof Xpp3Dom configuration)) {
      return List.of();
    }
    Path basedir = project.getBasedir().toPath();
    deleteTree(scratch);
    Map<String, byte[]> originals = new LinkedHashMap<>();
    for (String file : included(basedir, configuration)) {
      byte[] content = Files.readAllBytes(basedir.resolve(file));
      originals.put(file, content);
      Path copy = scratch.resolve(file);
      Files.createDirectories(copy.getParent());
      Files.write(copy, content);
    }
    if (originals.isEmpty()) {
      return List.of();
    }
    applyOnCopy(project, spotless, scratch);
    List<FormattingEntry> unformatted = new ArrayList<>();
    for (Map.Entry<String, byte[]> original : originals.entrySet()) {
      if (!Arrays.equals(
          original.getValue(), Files.readAllBytes(scratch.resolve(original.getKey())))) {
        unformatted.add(
            new FormattingEntry(original.getKey(), ContentHash.of(original.getValue())));
      }
    }
    return unformatted;
  }

  private void applyOnCopy(MavenProject project, Plugin spotless, Path scratch) throws Exception {
    MavenProject copy = project.clone();
    copy.setFile(scratch.resolve("pom.xml").toFile());
    copy.getBuild().setDirectory(scratch.resolve("target").toString());
    MavenProject current = session.getCurrentProject();
    session.setCurrentProject(copy);
    try {
      String task = SPOTLESS + ":" + spotless.getVersion() + ":apply";
      MojoExecution apply =
          lifecycle.calculateExecutionPlan(session, task).getMojoExecutions().get(0);
      Xpp3Dom configuration = apply.getConfiguration();
      for (String localOnly : List.of("ratchetFrom", "skip", "upToDateChecking")) {
        int index = indexOf(configuration, localOnly);
        if (index >= 0) {
          configuration.removeChild(index);
        }
      }
      plugins.executeMojo(session, apply);
    } finally {
      session.setCurrentProject(current);
    }
  }

  /** Files (relative, '/'-separated) that the includes of Spotless' formats match. */
  static List<String> included(Path basedir, Xpp3Dom configuration) throws IOException {
    List<String> patterns = new ArrayList<>();
    for (Xpp3Dom format : configuration.getChildren()) {
      Xpp3Dom includes = format.getChild("includes");
      if (includes != null) {
        Arrays.stream(includes.getChildren())
            .map(Xpp3Dom::getValue)
            .filter(v -> v != null && !v.isBlank())
            .forEach(v -> patterns.add(v.trim()));
      } else if (format.getName().equals("java")) {
        patterns.addAll(DEFAULT_INCLUDES);
      }
    }
    List<PathMatcher> matchers = new ArrayList<>();
    for (String pattern : patterns) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
      // Ant's "**/" also matches no directory at all; a glob's needs one
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern.replace("**/", "")));
    }
    List<String> files = new ArrayList<>();
    List<Path> skipped = List.of(basedir.resolve("target"), basedir.resolve(".git"));
    try (Stream<Path> walk = Files.walk(basedir)) {
      for (Path file :
          walk.filter(Files::isRegularFile)
              .filter(f -> skipped.stream().noneMatch(f::startsWith))
              .toList()) {
        Path relative = basedir.relativize(file);
        if (matchers.stream().anyMatch(m -> m.matches(relative))) {
          files.add(ModulePaths.relative(basedir, file));
        }
      }
    }
    files.sort(null);
    return files;
  }

  private static int indexOf(Xpp3Dom parent, String name) {
    Xpp3Dom[] children = parent.getChildren();
    for (int i = 0; i < children.length; i++) {
      if (children[i].getName().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(path);
      }
    }
  }
}
