package dev.lifeos.maven.image;

import dev.lifeos.maven.release.SemVer;
import dev.lifeos.maven.support.GateFailure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The image tags of a build, as the spec's tagging table (7.2) gives them. The first tag is the
 * primary one (what a deploy job rolls out); the others name the same image.
 *
 * <table>
 *   <caption>Tags by trigger</caption>
 *   <tr><th>trigger</th><th>tags</th><th>pushed</th></tr>
 *   <tr><td>pull request</td><td>{@code pr-<number>-<sha>}</td><td>no</td></tr>
 *   <tr><td>branch push</td><td>{@code <sha>}, {@code <branch>} ({@code main}, {@code
 *       develop})</td><td>yes</td></tr>
 *   <tr><td>tag {@code v<semver>}</td><td>{@code <semver>}, {@code <sha>}, {@code latest} (not
 *       for a pre-release)</td><td>yes</td></tr>
 *   <tr><td>other tag</td><td>{@code <sha>}, {@code <tag>}</td><td>yes</td></tr>
 *   <tr><td>detached commit</td><td>{@code <sha>}</td><td>yes</td></tr>
 *   <tr><td>no commit known</td><td>the project version</td><td>yes</td></tr>
 * </table>
 *
 * <p>{@code <sha>} is the commit id cut to {@code shaLength} characters, with {@code -dirty} when
 * the work tree had uncommitted changes. Branch and tag names become valid tags: characters other
 * than letters, digits, '_', '.' and '-' turn into '-', and semver build metadata's '+' into '_'.
 */
public final class ImageTags {
  /** Docker's tag grammar: 128 characters at most, no leading '.' or '-'. */
  private static final Pattern VALID_TAG = Pattern.compile("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$");

  public static final int MIN_SHA_LENGTH = 7;
  public static final int MAX_SHA_LENGTH = 40;

  /** The tags, the trigger they follow from and whether the spec pushes such an image. */
  public record Tags(Trigger trigger, List<String> tags, boolean push, Optional<SemVer> release) {}

  private ImageTags() {}

  public static Tags compute(BuildContext context, int shaLength) throws GateFailure {
    if (shaLength < MIN_SHA_LENGTH || shaLength > MAX_SHA_LENGTH) {
      throw new GateFailure(
          "lifeos.image.shaLength is "
              + shaLength
              + ": use a length from "
              + MIN_SHA_LENGTH
              + " to "
              + MAX_SHA_LENGTH
              + ".");
    }
    String sha = context.sha().substring(0, shaLength) + (context.dirty() ? "-dirty" : "");
    if (context.pullRequest().isPresent()) {
      return new Tags(
          Trigger.PULL_REQUEST,
          List.of("pr-" + context.pullRequest().get() + "-" + sha),
          false,
          Optional.empty());
    }
    String ref = context.ref().orElse("");
    if (ref.startsWith("refs/heads/")) {
      return new Tags(
          Trigger.BRANCH,
          distinct(sha, sanitize(ref.substring("refs/heads/".length()))),
          true,
          Optional.empty());
    }
    if (ref.startsWith("refs/tags/")) {
      String tag = ref.substring("refs/tags/".length());
      Optional<SemVer> release = SemVer.parseTag(tag);
      if (release.isPresent()) {
        SemVer version = release.get();
        List<String> tags = new ArrayList<>(List.of(sanitize(version.toString()), sha));
        if (!version.isPreRelease()) {
          tags.add("latest");
        }
        return new Tags(Trigger.RELEASE, tags, true, release);
      }
      return new Tags(Trigger.TAG, distinct(sha, sanitize(tag)), true, Optional.empty());
    }
    return new Tags(Trigger.COMMIT, List.of(sha), true, Optional.empty());
  }

  /** Tags given by the user: checked against the tag grammar, duplicates dropped. */
  public static Tags explicit(List<String> tags) throws GateFailure {
    List<String> cleaned =
        new ArrayList<>(
            new LinkedHashSet<>(
                tags.stream().map(String::trim).filter(t -> !t.isEmpty()).toList()));
    if (cleaned.isEmpty()) {
      throw new GateFailure(
          "lifeos.image.tags is set but names no tag: give at least one, e.g. -Dlifeos.image.tags=1.2.3,latest.");
    }
    for (String tag : cleaned) {
      if (!VALID_TAG.matcher(tag).matches()) {
        throw new GateFailure(
            "Image tag '"
                + tag
                + "' in lifeos.image.tags is not a valid tag: use letters, digits, '_', '.' and"
                + " '-', at most 128 characters, not starting with '.' or '-'.");
      }
    }
    return new Tags(Trigger.EXPLICIT, cleaned, true, Optional.empty());
  }

  /** For a build with no commit to name (a source archive): the project version as the tag. */
  public static Tags fromVersion(String version) {
    return new Tags(Trigger.VERSION, List.of(sanitize(version)), true, Optional.empty());
  }

  /** A branch or tag name made into a valid image tag. */
  static String sanitize(String name) {
    String tag = name.replace('+', '_').replaceAll("[^A-Za-z0-9_.-]", "-").replaceAll("^[.-]+", "");
    if (tag.isEmpty()) {
      tag = "ref-" + Integer.toHexString(name.hashCode()).toLowerCase(Locale.ROOT);
    }
    return tag.length() > 128 ? tag.substring(0, 128) : tag;
  }

  private static List<String> distinct(String sha, String name) {
    return sha.equals(name) ? List.of(sha) : List.of(sha, name);
  }
}
