package dev.lifeos.maven.support;

/** Small wording helpers shared by report texts. */
public final class Words {
  private Words() {}

  /** "1 file", "3 files". */
  public static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
