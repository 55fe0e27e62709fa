package dev.lifeos.maven.init;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the team's existing files with a size bound, and writes a set of files all or nothing: each
 * is first written to a temporary file beside its target; only when every one of them could be
 * written are they moved in place. A folder that cannot be written (read-only, a file where a
 * folder should be) is a user error naming it, and leaves every file as it was.
 */
final class StagedFiles {
  /**
   * Larger existing files (a CODEOWNERS, a .env.ci) are not read: lifeos:init writes small ones.
   */
  static final long MAX_EXISTING_BYTES = 1024 * 1024;

  private StagedFiles() {}

  /** An existing file's text; refuses what is not a regular file of a sane size. */
  static String read(Path file) throws GateFailure, IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new GateFailure(
          file
              + " exists but is not a regular file (a folder, a link, a device or a pipe):"
              + " lifeos:init neither reads nor replaces it. Move it away and run again."
              + " Nothing was written.");
    }
    if (Files.size(file) > MAX_EXISTING_BYTES) {
      throw new GateFailure(
          file
              + " is larger than 1 MiB: lifeos:init does not read it. Check it is the file you"
              + " mean, move it away and run again. Nothing was written.");
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  static void write(Path root, Map<Path, String> files) throws GateFailure, IOException {
    List<Path[]> staged = new ArrayList<>(); // {temporary, target}
    try {
      for (Map.Entry<Path, String> file : files.entrySet()) {
        Path target = file.getKey();
        try {
          Files.createDirectories(target.getParent());
          Path temporary =
              Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
          staged.add(new Path[] {temporary, target});
          Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new GateFailure(cannotWrite(root, target, e));
        }
      }
      for (Path[] file : staged) {
        try {
          Files.move(
              file[0],
              file[1],
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(file[0], file[1], StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      for (Path[] file : staged) {
        Files.deleteIfExists(file[0]);
      }
    }
  }

  private static String cannotWrite(Path root, Path target, IOException e) {
    String why;
    if (e instanceof AccessDeniedException
        || String.valueOf(e.getMessage()).contains("Read-only file system")
        || String.valueOf(e.getMessage()).contains("Operation not permitted")) {
      why = ": its folder cannot be written (read-only). Make it writable";
    } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      why =
          ": "
              + ((FileSystemException) e).getFile()
              + " is a file where a folder should be. Move it away";
    } else {
      why = " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Fix that";
    }
    return "Cannot write "
        + root.relativize(target)
        + why
        + ", or run lifeos:init in a checkout you can write to. Nothing was written.";
  }
}
