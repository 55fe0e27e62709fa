package dev.lifeos.maven.git;

/** Lines {@code first..last} (1-based, inclusive) of a file. */
public record LineRange(int first, int last) {
  public LineRange {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("bad range " + first + ".." + last);
    }
  }

  public boolean contains(int line) {
    return line >= first && line <= last;
  }

  @Override
  public String toString() {
    return first == last ? Integer.toString(first) : first + "-" + last;
  }
}
