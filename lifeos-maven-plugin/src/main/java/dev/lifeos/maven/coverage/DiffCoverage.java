package dev.lifeos.maven.coverage;

import dev.lifeos.maven.git.BranchDiff;
import dev.lifeos.maven.git.ChangedFile;
import dev.lifeos.maven.git.LineRange;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Line coverage of the code a branch changed: the lines of the module's main sources that differ
 * from the fork point, measured with the module's merged JaCoCo XML report (unit and integration
 * tests).
 */
public final class DiffCoverage {
  private DiffCoverage() {}

  /**
   * @param sourceRoots the module's main source directories (test code is not measured)
   * @param minimum the ratio the changed code lines must reach, 0..1
   */
  public static DiffCoverageResult measure(
      BranchDiff diff, Path jacocoXml, List<Path> sourceRoots, double minimum)
      throws GateFailure, IOException {
    checkMinimum(minimum);
    Map<String, String> changedSources = changedSources(diff, sourceRoots);
    List<FileCoverage> files = new ArrayList<>();
    if (!changedSources.isEmpty()) {
      Map<String, SourceLines> report = readReport(jacocoXml, changedSources.keySet());
      for (Map.Entry<String, String> source : changedSources.entrySet()) {
        SourceLines lines = report.get(source.getValue());
        if (lines != null) {
          FileCoverage file =
              FileCoverage.of(source.getKey(), diff.changedLines(source.getKey()), lines);
          if (file.changedLines() > 0) {
            files.add(file);
          }
        }
      }
    }
    return new DiffCoverageResult(diff.describe(), minimum, files);
  }

  /** How a result names what the work tree was compared with when there was no base ref. */
  public static final String WHOLE_MODULE =
      "the module's start (no base ref: every code line counts)";

  /**
   * Without a base ref the whole module is the change: every code line of its main sources counts,
   * so a pull request gate still holds on a laptop (where it equals the module's line coverage).
   *
   * @param basedir the module's directory; files are named relative to it
   */
  public static DiffCoverageResult measureWholeModule(
      Path basedir, Path jacocoXml, List<Path> sourceRoots, double minimum)
      throws GateFailure, IOException {
    checkMinimum(minimum);
    List<Path> roots = sourceRoots.stream().filter(Files::isDirectory).toList();
    List<FileCoverage> files = new ArrayList<>();
    if (!roots.isEmpty()) {
      Map<String, SourceLines> report =
          readReport(
              jacocoXml, roots.stream().map(root -> basedir.relativize(root).toString()).toList());
      for (Map.Entry<String, SourceLines> source : report.entrySet()) {
        for (Path root : roots) {
          Path file = root.resolve(source.getKey());
          if (Files.isRegularFile(file)) {
            SourceLines lines = source.getValue();
            String path =
                basedir
                    .relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            FileCoverage coverage =
                FileCoverage.of(path, List.of(new LineRange(1, lines.lastLine())), lines);
            if (coverage.changedLines() > 0) {
              files.add(coverage);
            }
            break;
          }
        }
      }
      files.sort(java.util.Comparator.comparing(FileCoverage::path));
    }
    return new DiffCoverageResult(WHOLE_MODULE, minimum, files);
  }

  private static void checkMinimum(double minimum) throws GateFailure {
    if (minimum < 0 || minimum > 1) {
      throw new GateFailure(
          "lifeos.coverage.diff.minimum must be a ratio between 0 and 1 (0.80 for 80%), not "
              + minimum
              + ".");
    }
  }

  /** Changed, not deleted files under a source root: work-tree path -> path below the root. */
  private static Map<String, String> changedSources(BranchDiff diff, List<Path> sourceRoots)
      throws IOException {
    Path workTree = diff.workTree();
    Map<String, String> sources = new LinkedHashMap<>();
    for (ChangedFile changed : diff.changedFiles()) {
      if (changed.kind() == ChangedFile.Kind.DELETED) {
        continue;
      }
      Path file = workTree.resolve(changed.path()).normalize();
      for (Path root : sourceRoots) {
        Path normalizedRoot = root.toAbsolutePath().normalize();
        if (file.startsWith(normalizedRoot)) {
          sources.put(
              changed.path(),
              normalizedRoot
                  .relativize(file)
                  .toString()
                  .replace(file.getFileSystem().getSeparator(), "/"));
          break;
        }
      }
    }
    return sources;
  }

  private static Map<String, SourceLines> readReport(Path jacocoXml, Iterable<String> changed)
      throws GateFailure, IOException {
    if (!Files.isRegularFile(jacocoXml)) {
      throw new GateFailure(
          "No JaCoCo report at "
              + jacocoXml
              + ", so the coverage of the changed source files ("
              + String.join(", ", changed)
              + ") cannot be measured. JaCoCo writes it at verify once tests ran: add tests to"
              + " this module, or switch the gate off with -Dlifeos.coverage.diff.skip=true.");
    }
    return JacocoXml.read(jacocoXml);
  }
}
