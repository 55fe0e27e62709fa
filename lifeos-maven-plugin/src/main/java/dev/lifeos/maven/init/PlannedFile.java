package dev.lifeos.maven.init;

import java.util.List;
import java.util.Optional;

/**
 * A file lifeos:init writes, relative to the repository root. A file it owns whole has one path; a
 * file it only adds a line to (CODEOWNERS) lists the places GitHub looks for it, and the line.
 *
 * @param paths where the file is, or may already be; the first is where a new one is written
 * @param content the whole file as lifeos:init writes it new
 * @param line for a shared file, the one line lifeos:init needs in it
 */
record PlannedFile(List<String> paths, String content, Optional<String> line) {
  static PlannedFile whole(String path, String content) {
    return new PlannedFile(List.of(path), content, Optional.empty());
  }

  static PlannedFile line(List<String> paths, String content, String line) {
    return new PlannedFile(List.copyOf(paths), content, Optional.of(line));
  }

  String path() {
    return paths.get(0);
  }
}
