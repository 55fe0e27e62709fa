package dev.lifeos.maven.baseline;

import dev.lifeos.maven.baseline.Baseline.FormattingEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which baselined unformatted files Spotless skips: those whose content is still exactly what was
 * recorded. A file that changed since is checked like any other (so touching a file means
 * formatting it, as with Spotless' own ratchet), and its entry is removable.
 *
 * @param skipped paths (relative to the module, '/'-separated) Spotless leaves out
 * @param removable entries whose file changed or is gone
 */
public record FormattingBaseline(List<String> skipped, List<FormattingEntry> removable) {
  public static FormattingBaseline of(List<FormattingEntry> entries, Path basedir)
      throws IOException {
    List<String> skipped = new ArrayList<>();
    List<FormattingEntry> removable = new ArrayList<>();
    for (FormattingEntry entry : entries) {
      Path file = basedir.resolve(entry.file());
      if (Files.isRegularFile(file) && ContentHash.of(file).equals(entry.sha256())) {
        skipped.add(entry.file());
      } else {
        removable.add(entry);
      }
    }
    return new FormattingBaseline(List.copyOf(skipped), List.copyOf(removable));
  }
}
