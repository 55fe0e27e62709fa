package dev.lifeos.maven.mojo;

import dev.lifeos.maven.support.GateFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;

/**
 * The annotation processors a project declares for maven-compiler-plugin ({@code
 * annotationProcessorPaths}, in the execution's configuration or the plugin's), as dependencies to
 * resolve. A path without a version takes the one of the project's dependency management, as
 * maven-compiler-plugin's {@code annotationProcessorPathsUseDepMgmt} does.
 */
final class DeclaredProcessors {
  static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";

  private DeclaredProcessors() {}

  static List<Dependency> of(MavenProject project, String executionId) throws GateFailure {
    Plugin compiler = project.getPlugin(COMPILER);
    if (compiler == null) {
      return List.of();
    }
    PluginExecution execution = compiler.getExecutionsAsMap().get(executionId);
    Xpp3Dom paths =
        child(execution == null ? null : execution.getConfiguration(), "annotationProcessorPaths")
            .or(() -> child(compiler.getConfiguration(), "annotationProcessorPaths"))
            .orElse(null);
    List<Dependency> declared = new ArrayList<>();
    if (paths == null) {
      return declared;
    }
    for (Xpp3Dom path : paths.getChildren()) {
      String groupId = text(path, "groupId");
      String artifactId = text(path, "artifactId");
      if (groupId == null || artifactId == null) {
        throw new GateFailure(
            "maven-compiler-plugin's annotationProcessorPaths has a <path> without groupId or"
                + " artifactId in "
                + project.getFile()
                + ": give both.");
      }
      String type = Optional.ofNullable(text(path, "type")).orElse("jar");
      String classifier = Optional.ofNullable(text(path, "classifier")).orElse("");
      String version = text(path, "version");
      if (version == null) {
        version = managedVersion(project, groupId, artifactId);
      }
      List<Exclusion> exclusions = new ArrayList<>();
      child(path, "exclusions")
          .ifPresent(
              all -> {
                for (Xpp3Dom exclusion : all.getChildren()) {
                  exclusions.add(
                      new Exclusion(
                          text(exclusion, "groupId"), text(exclusion, "artifactId"), "*", "*"));
                }
              });
      declared.add(
          new Dependency(
              new DefaultArtifact(groupId, artifactId, classifier, type, version),
              "runtime",
              false,
              exclusions));
    }
    return declared;
  }

  private static String managedVersion(MavenProject project, String groupId, String artifactId)
      throws GateFailure {
    List<org.apache.maven.model.Dependency> candidates = new ArrayList<>(project.getDependencies());
    if (project.getDependencyManagement() != null) {
      candidates.addAll(project.getDependencyManagement().getDependencies());
    }
    return candidates.stream()
        .filter(d -> groupId.equals(d.getGroupId()) && artifactId.equals(d.getArtifactId()))
        .map(org.apache.maven.model.Dependency::getVersion)
        .filter(v -> v != null && !v.isBlank())
        .findFirst()
        .orElseThrow(
            () ->
                new GateFailure(
                    "The annotation processor "
                        + groupId
                        + ":"
                        + artifactId
                        + " in maven-compiler-plugin's annotationProcessorPaths has no version,"
                        + " and the project manages none: add <version> to the path."));
  }

  private static Optional<Xpp3Dom> child(Object configuration, String name) {
    return configuration instanceof Xpp3Dom dom
        ? Optional.ofNullable(dom.getChild(name))
        : Optional.empty();
  }

  private static String text(Xpp3Dom parent, String name) {
    Xpp3Dom child = parent.getChild(name);
    return child == null || child.getValue() == null || child.getValue().isBlank()
        ? null
        : child.getValue().trim();
  }
}
