package dev.lifeos.maven.mltests;

import dev.lifeos.maven.support.GateFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ant-style globs over '/'-separated paths relative to the git work tree: {@code *} is any run of
 * characters within one directory, {@code **} any number of directories (also none, so {@code
 * **}{@code /ml/**} matches {@code ml/model.bin}), {@code ?} one character. The same on every OS.
 */
public final class PathGlobs {
  private final List<String> globs;
  private final List<Pattern> patterns;

  private PathGlobs(List<String> globs, List<Pattern> patterns) {
    this.globs = globs;
    this.patterns = patterns;
  }

  /** Comma-separated globs, e.g. {@code **}{@code /ml/**, **}{@code /ml_assets/**}. */
  public static PathGlobs parse(String commaSeparated) throws GateFailure {
    List<String> globs =
        Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
            .map(String::trim)
            .filter(g -> !g.isEmpty())
            .toList();
    if (globs.isEmpty()) {
      throw new GateFailure(
          "lifeos.test.mlByPath.paths is empty: name the globs of ML code and assets, e.g."
              + " **/ml/**,**/ml_assets/**.");
    }
    List<Pattern> patterns = new ArrayList<>();
    for (String glob : globs) {
      patterns.add(Pattern.compile(toRegex(glob)));
    }
    return new PathGlobs(globs, patterns);
  }

  static String toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    String rest = glob.startsWith("/") ? glob.substring(1) : glob;
    int i = 0;
    while (i < rest.length()) {
      char c = rest.charAt(i);
      if (rest.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 3;
      } else if (rest.startsWith("**", i)) {
        regex.append(".*");
        i += 2;
      } else if (c == '*') {
        regex.append("[^/]*");
        i++;
      } else if (c == '?') {
        regex.append("[^/]");
        i++;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return regex.toString();
  }

  public boolean matches(String path) {
    return patterns.stream().anyMatch(p -> p.matcher(path).matches());
  }

  public List<String> matching(List<String> paths) {
    return paths.stream().filter(this::matches).toList();
  }

  @Override
  public String toString() {
    return String.join(", ", globs);
  }
}
