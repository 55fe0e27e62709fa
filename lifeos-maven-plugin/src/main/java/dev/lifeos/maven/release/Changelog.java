package dev.lifeos.maven.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown changelog read as sections: a heading that names a version ({@code ## [1.2.3] -
 * 2026-01-12}, {@code ## v1.2.3}, {@code ## 1.2.3 (2026-01-12)}) and every line up to the next
 * heading of the same or a higher level. Headings inside fenced code blocks do not count.
 */
public final class Changelog {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern VERSION_IN_HEADING =
      Pattern.compile(
          "(?<![\\w.])v?(\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
  private static final Pattern ROLLBACK =
      Pattern.compile("(?i)\\broll[ -]?back(?:s|\\s+notes|\\s+plan|\\s+steps)?\\b");

  private final List<Line> lines;

  private record Line(int number, String text, int headingLevel) {
    boolean isHeading() {
      return headingLevel > 0;
    }
  }

  /** A version's section; {@code line} is the 1-based line of its heading. */
  public record Section(String version, int line, String heading, List<String> body) {}

  /** Where the rollback notes of a section are, and their text (never blank). */
  public record RollbackNotes(int line, String text) {}

  private Changelog(List<Line> lines) {
    this.lines = lines;
  }

  public static Changelog parse(String text) {
    List<Line> lines = new ArrayList<>();
    boolean inFence = false;
    String[] raw = text.split("\\R", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = raw[i];
      if (FENCE.matcher(line).find()) {
        inFence = !inFence;
      }
      Matcher heading = inFence ? null : HEADING.matcher(line);
      int level = heading != null && heading.matches() ? heading.group(1).length() : 0;
      lines.add(new Line(i + 1, line, level));
    }
    return new Changelog(lines);
  }

  /** Versions that have a section, in file order. */
  public List<String> versions() {
    List<String> versions = new ArrayList<>();
    for (Line line : lines) {
      versionOf(line).ifPresent(versions::add);
    }
    return versions;
  }

  /**
   * The section of {@code version}; build metadata is ignored on both sides, as semver 2.0 ignores
   * it when comparing versions.
   */
  public Optional<Section> section(SemVer version) {
    for (int i = 0; i < lines.size(); i++) {
      Line heading = lines.get(i);
      Optional<SemVer> named = versionOf(heading).flatMap(SemVer::parse);
      if (named.isPresent() && named.get().withoutBuild().equals(version.withoutBuild())) {
        List<String> body = new ArrayList<>();
        for (Line line : until(i + 1, heading.headingLevel())) {
          body.add(line.text());
        }
        return Optional.of(
            new Section(version.withoutBuild(), heading.number(), heading.text().trim(), body));
      }
    }
    return Optional.empty();
  }

  /**
   * The rollback notes of a section: a heading or line that says "Rollback" and the text that goes
   * with it (the rest of the line, or the lines under it). Empty when there is none, or when the
   * only such heading has nothing under it.
   */
  public Optional<RollbackNotes> rollbackNotes(Section section) {
    int start = indexOfLine(section.line());
    int level = lines.get(start).headingLevel();
    List<Line> body = until(start + 1, level);
    for (int i = 0; i < body.size(); i++) {
      Line line = body.get(i);
      Matcher marker = ROLLBACK.matcher(line.text());
      if (!marker.find()) {
        continue;
      }
      StringBuilder notes = new StringBuilder(words(line.text().substring(marker.end())));
      int ownLevel = line.isHeading() ? line.headingLevel() : 7;
      for (int j = i + 1; j < body.size(); j++) {
        Line next = body.get(j);
        if (next.isHeading() && next.headingLevel() <= ownLevel) {
          break;
        }
        notes.append(notes.length() > 0 ? "\n" : "").append(next.text().trim());
      }
      String text = notes.toString().strip();
      if (!text.isEmpty()) {
        return Optional.of(new RollbackNotes(line.number(), text));
      }
    }
    return Optional.empty();
  }

  /** The first line that mentions a rollback in the section, even an empty heading. */
  public Optional<Integer> rollbackMention(Section section) {
    int start = indexOfLine(section.line());
    for (Line line : until(start + 1, lines.get(start).headingLevel())) {
      if (ROLLBACK.matcher(line.text()).find()) {
        return Optional.of(line.number());
      }
    }
    return Optional.empty();
  }

  private List<Line> until(int from, int level) {
    List<Line> body = new ArrayList<>();
    for (int i = from; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isHeading() && line.headingLevel() <= level) {
        break;
      }
      body.add(line);
    }
    return body;
  }

  private int indexOfLine(int number) {
    return number - 1;
  }

  private static Optional<String> versionOf(Line line) {
    if (!line.isHeading()) {
      return Optional.empty();
    }
    Matcher heading = HEADING.matcher(line.text());
    if (!heading.matches()) {
      return Optional.empty();
    }
    Matcher version = VERSION_IN_HEADING.matcher(heading.group(2));
    return version.find() ? Optional.of(version.group(1)) : Optional.empty();
  }

  /** What is left of a line once Markdown punctuation is taken off: blank for "**Rollback:**". */
  private static String words(String text) {
    return text.replaceAll("^[*_`#:>|\\-\\s]+|[*_`#\\s]+$", "");
  }
}
