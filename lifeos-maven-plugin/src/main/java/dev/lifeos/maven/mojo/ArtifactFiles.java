package dev.lifeos.maven.mojo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * An artifact and its runtime dependencies as files, through Maven's own resolver: local repository
 * first, then the project's repositories, offline mode honoured.
 */
final class ArtifactFiles {
  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  ArtifactFiles(
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = repositories;
  }

  List<Path> resolve(Dependency root) throws DependencyResolutionException {
    return resolve(List.of(root));
  }

  /**
   * Several artifacts resolved together, as one project's dependencies are: where they need
   * different versions of a library, Maven's nearest-wins mediation picks one.
   */
  List<Path> resolve(List<Dependency> roots) throws DependencyResolutionException {
    List<Path> files = new ArrayList<>();
    if (roots.isEmpty()) {
      return files;
    }
    for (ArtifactResult result :
        system
            .resolveDependencies(
                session, new DependencyRequest(new CollectRequest(roots, null, repositories), null))
            .getArtifactResults()) {
      files.add(result.getArtifact().getFile().toPath());
    }
    return files;
  }
}
