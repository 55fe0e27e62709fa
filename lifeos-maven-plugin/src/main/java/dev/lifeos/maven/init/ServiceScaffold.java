package dev.lifeos.maven.init;

import dev.lifeos.maven.init.FileOutcome.Status;
import dev.lifeos.maven.support.GateFailure;
import dev.lifeos.maven.typecheck.InProcessJavac;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files that adopt LifeOS in a service repository (the caller workflows, {@code .env.ci}, the
 * CODEOWNERS rule for the migration approvals file, Maven's {@code .mvn/} settings for an
 * in-process Error Prone and the build cache, a runbook starter), and writing them without ever
 * overwriting a file the team has, unless forced. Knows nothing of Maven.
 */
public final class ServiceScaffold {
  private static final String TEMPLATES = "/dev/lifeos/maven/init/";
  private static final List<String> PIPELINES = List.of("pr", "main", "release", "nightly");

  /**
   * Maven's JVM with only the quick JIT (C1) and one GC thread: a build is many short tasks, and on
   * a CI runner's 2 cores C2's compile threads and a parallel collector take them from the build.
   * The demo's PR pipeline 22% faster, the 30-module service's as fast with 16% less CPU and half
   * the memory (docs/benchmarks.md, "Maven's JVM").
   */
  static final String QUICK_JIT = "-XX:TieredStopAtLevel=1\n-XX:+UseSerialGC\n";

  /** Where GitHub looks for CODEOWNERS, in its order. */
  static final List<String> CODEOWNERS =
      List.of(".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS");

  private final List<PlannedFile> files;

  private ServiceScaffold(List<PlannedFile> files) {
    this.files = List.copyOf(files);
  }

  /** The files for {@code settings}, rendered; fails when a value could break out of its place. */
  public static ServiceScaffold of(InitSettings settings) throws GateFailure {
    settings.validate();
    Map<String, String> tokens = settings.tokens();
    List<PlannedFile> files = new ArrayList<>();
    for (String pipeline : PIPELINES) {
      String name = "lifeos-" + pipeline + ".yml";
      files.add(
          PlannedFile.whole(
              ".github/workflows/" + name, Template.render(TEMPLATES + name, tokens)));
    }
    String serviceDir =
        settings.workingDirectory().equals(".") ? "" : settings.workingDirectory() + "/";
    files.add(
        PlannedFile.whole(serviceDir + ".env.ci", Template.render(TEMPLATES + "env.ci", tokens)));
    files.add(
        PlannedFile.line(
            CODEOWNERS,
            Template.render(TEMPLATES + "CODEOWNERS", tokens),
            settings.codeownersRule()));
    // Maven's own settings, beside ./mvnw: Error Prone in Maven's JVM, its JIT, the build cache
    files.add(
        PlannedFile.whole(serviceDir + ".mvn/jvm.config", InProcessJavac.JVM_CONFIG + QUICK_JIT));
    for (String name : List.of("extensions.xml", "maven-build-cache-config.xml")) {
      files.add(
          PlannedFile.whole(
              serviceDir + ".mvn/" + name, Template.render(TEMPLATES + name, tokens)));
    }
    files.add(
        PlannedFile.whole(
            "docs/CI_CD_RUNBOOK.md", Template.render(TEMPLATES + "CI_CD_RUNBOOK.md", tokens)));
    return new ServiceScaffold(files);
  }

  /** The rendered files, for tests and for checking the workflows before they are written. */
  List<PlannedFile> files() {
    return files;
  }

  /** The rendered content of the file at {@code path}. */
  public Optional<String> content(String path) {
    return files.stream().filter(f -> f.path().equals(path)).map(PlannedFile::content).findFirst();
  }

  /**
   * Writes the files under {@code root}. An existing file is left alone unless {@code force}: then
   * a file lifeos:init owns whole is rewritten, and a shared file (CODEOWNERS) only gets the
   * missing line appended, never loses one of the team's rules. All or nothing: every file is first
   * written beside its target, and only when all of them could be are they moved in place.
   */
  public List<FileOutcome> writeTo(Path root, boolean force) throws GateFailure, IOException {
    List<FileOutcome> outcomes = new ArrayList<>();
    Map<Path, String> writes = new LinkedHashMap<>();
    for (PlannedFile file : files) {
      outcomes.add(
          file.line().isPresent()
              ? ensureLine(root, file, force, writes)
              : write(root, file, force, writes));
    }
    StagedFiles.write(root, writes);
    return outcomes;
  }

  private static FileOutcome write(
      Path root, PlannedFile file, boolean force, Map<Path, String> writes)
      throws GateFailure, IOException {
    Path target = root.resolve(file.path());
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      writes.put(target, file.content());
      return new FileOutcome(file.path(), Status.CREATED, "");
    }
    if (StagedFiles.read(target).equals(file.content())) {
      return new FileOutcome(file.path(), Status.UNCHANGED, "");
    }
    if (!force) {
      return new FileOutcome(
          file.path(),
          Status.KEPT,
          "yours differs from the template; -Dlifeos.init.force=true rewrites it");
    }
    writes.put(target, file.content());
    return new FileOutcome(file.path(), Status.REWRITTEN, "");
  }

  private static FileOutcome ensureLine(
      Path root, PlannedFile file, boolean force, Map<Path, String> writes)
      throws GateFailure, IOException {
    String line = file.line().orElseThrow();
    Optional<String> existing =
        file.paths().stream()
            .filter(p -> Files.exists(root.resolve(p), LinkOption.NOFOLLOW_LINKS))
            .findFirst();
    if (existing.isEmpty()) {
      writes.put(root.resolve(file.path()), file.content());
      return new FileOutcome(file.path(), Status.CREATED, "");
    }
    String path = existing.get();
    String text = StagedFiles.read(root.resolve(path));
    if (hasRuleFor(text, line.substring(0, line.indexOf(' ')))) {
      return new FileOutcome(path, Status.UNCHANGED, "");
    }
    if (!force) {
      return new FileOutcome(
          path, Status.KEPT, "add the line '" + line + "', or -Dlifeos.init.force=true appends it");
    }
    String separator = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
    writes.put(root.resolve(path), text + separator + "\n" + file.content());
    return new FileOutcome(path, Status.APPENDED, line);
  }

  /** True when a rule of the CODEOWNERS text names exactly {@code pattern} (with or without /). */
  private static boolean hasRuleFor(String codeowners, String pattern) {
    String bare = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    return codeowners
        .lines()
        .map(String::trim)
        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .map(l -> l.split("\\s+")[0])
        .anyMatch(first -> first.equals(pattern) || first.equals(bare));
  }
}
