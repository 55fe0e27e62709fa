package dev.lifeos.maven.migrations;

import dev.lifeos.maven.migrations.db.ApplyOptions;
import dev.lifeos.maven.migrations.db.DatabaseTarget;
import dev.lifeos.maven.migrations.db.MigrationLog;
import dev.lifeos.maven.migrations.db.RuntimeLibraries;
import dev.lifeos.maven.migrations.db.TestApplyOptions;
import dev.lifeos.maven.migrations.scan.Dialect;
import dev.lifeos.maven.migrations.scan.MigrationScanner;
import dev.lifeos.maven.migrations.trace.TraceOptions;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;

/**
 * A Maven-layout project in a temporary directory, optionally a git repository, with helpers to
 * write migrations and run the check. Database libraries come from the test class path.
 */
final class TestProject {
  static final String MIGRATIONS = "src/main/resources/db/migration/";
  static final RuntimeLibraries TEST_CLASSPATH =
      (libraries, classpath) -> {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
          try {
            urls.add(entry.toUri().toURL());
          } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
          }
        }
        return new URLClassLoader(urls.toArray(URL[]::new), TestProject.class.getClassLoader());
      };

  final Path dir;
  Git git;
  Optional<String> baseRef = Optional.empty();
  Optional<DatabaseTarget> database = Optional.of(new DatabaseTarget.H2("PostgreSQL"));
  ApplyOptions options = TestApplyOptions.defaults();
  boolean requireApproval = true;
  Dialect dialect = Dialect.POSTGRESQL;
  List<Path> classpath = List.of();
  MigrationSettings settings = MigrationSettings.defaults();

  TestProject(Path dir) {
    this.dir = dir;
  }

  TestProject gitInit() throws Exception {
    git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    return this;
  }

  TestProject write(String path, String content) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return this;
  }

  TestProject migration(String name, String sql) throws Exception {
    return write(MIGRATIONS + name, sql);
  }

  TestProject delete(String path) throws Exception {
    Files.delete(dir.resolve(path));
    return this;
  }

  TestProject commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    git.commit().setMessage(message).setSign(false).call();
    return this;
  }

  TestProject branch(String name) throws Exception {
    git.checkout().setCreateBranch(true).setName(name).call();
    return this;
  }

  TestProject checkout(String name) throws Exception {
    git.checkout().setName(name).call();
    return this;
  }

  CheckResult check() throws Exception {
    MigrationCheck.Request request =
        new MigrationCheck.Request(
            ProjectLayout.standard(dir),
            settings,
            baseRef,
            new MigrationScanner(dialect, List.of()),
            dir.resolve("src/main/resources/db/migration-approvals.properties"),
            requireApproval,
            database,
            options,
            DatabaseTarget.LibraryVersions.defaults(),
            classpath,
            TraceOptions.ON);
    return new MigrationCheck(request, TEST_CLASSPATH, MigrationLog.SILENT).run();
  }

  static List<String> messages(CheckResult result) {
    return result.problems().stream()
        .map(p -> p.rule().id() + ": " + p.message() + " Fix: " + p.fix())
        .toList();
  }
}
