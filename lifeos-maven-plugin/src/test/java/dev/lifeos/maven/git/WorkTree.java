package dev.lifeos.maven.git;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/** A real git work tree in a test's temporary directory, on branch {@code main}. */
public final class WorkTree implements AutoCloseable {
  private final Path dir;
  private final Git git;

  private WorkTree(Path dir, Git git) {
    this.dir = dir;
    this.git = git;
  }

  public static WorkTree init(Path dir) throws Exception {
    return new WorkTree(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
  }

  public Path dir() {
    return dir;
  }

  public WorkTree write(String path, String content) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return this;
  }

  public WorkTree commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    git.commit()
        .setMessage(message)
        .setAuthor("t", "t@example.com")
        .setCommitter("t", "t@example.com")
        .call();
    return this;
  }

  public WorkTree branch(String name) throws Exception {
    git.checkout().setCreateBranch(true).setName(name).call();
    return this;
  }

  public WorkTree checkout(String name) throws Exception {
    git.checkout().setName(name).call();
    return this;
  }

  @Override
  public void close() {
    git.close();
  }
}
