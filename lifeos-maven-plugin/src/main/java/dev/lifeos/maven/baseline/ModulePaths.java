package dev.lifeos.maven.baseline;

import java.nio.file.Path;

/** How the baseline names files: relative to the module, '/'-separated, never leaving it. */
public final class ModulePaths {
  private ModulePaths() {}

  public static String relative(Path basedir, Path file) {
    Path base = basedir.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return relative.toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** True for a path a baseline may hold: relative, '/'-separated, without '..' or '.'. */
  public static boolean isSafe(String path) {
    if (path == null
        || path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || path.contains(":")) {
      return false;
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
