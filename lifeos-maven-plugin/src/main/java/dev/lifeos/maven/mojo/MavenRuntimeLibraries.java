package dev.lifeos.maven.mojo;

import dev.lifeos.maven.migrations.db.RuntimeLibraries;
import dev.lifeos.maven.support.GateFailure;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * Resolves database libraries with Maven's own resolver (local repository first, then the project's
 * repositories, offline mode honoured) and loads them in a class loader of their own whose parent
 * is the plugin's: nothing of them leaks into the plugin or the build.
 */
final class MavenRuntimeLibraries implements RuntimeLibraries {
  private final ArtifactFiles artifacts;

  MavenRuntimeLibraries(
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories) {
    this.artifacts = new ArtifactFiles(system, session, repositories);
  }

  @Override
  public ClassLoader classLoader(List<Library> libraries, List<Path> classpath) throws GateFailure {
    List<URL> urls = new ArrayList<>();
    try {
      for (Library library : libraries) {
        for (Path file : resolve(library)) {
          urls.add(file.toUri().toURL());
        }
      }
      for (Path entry : classpath) {
        urls.add(entry.toUri().toURL());
      }
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
    return new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
  }

  private List<Path> resolve(Library library) throws GateFailure {
    List<Exclusion> exclusions = new ArrayList<>();
    for (String exclusion : library.exclusions()) {
      String[] parts = exclusion.split(":");
      exclusions.add(new Exclusion(parts[0], parts[1], "*", "*"));
    }
    try {
      return artifacts.resolve(
          new Dependency(new DefaultArtifact(library.coordinates()), "runtime", false, exclusions));
    } catch (DependencyResolutionException e) {
      throw new GateFailure(
          "Could not resolve "
              + library.coordinates()
              + " (needed to apply the migrations): "
              + e.getMessage()
              + ". Check the version parameter, your network or mirror settings, or skip applying"
              + " with -Dlifeos.migrations.database=none.");
    }
  }
}
