package dev.lifeos.maven.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in for SpotBugs' command line class: writes its arguments to the file the first names.
 */
public final class RecordingMain {
  private RecordingMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--fail")) {
      throw new IllegalStateException("RecordingMain failed as asked");
    }
    Files.write(Path.of(args[0]), List.of(args));
  }
}
