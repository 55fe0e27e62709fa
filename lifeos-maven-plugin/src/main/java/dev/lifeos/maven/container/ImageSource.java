package dev.lifeos.maven.container;

import dev.lifeos.maven.support.GateFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the image to boot comes from: an image tar the build wrote ({@code target/jib-image.tar}),
 * or a reference to pull from a registry ({@code 127.0.0.1:5000/acme/ledger:9e8d7c6}) or to find in
 * the engine's own images ({@code jib:dockerBuild} puts one there).
 *
 * @param tar the tar, when the image is one
 * @param reference the image reference, when it is not a tar
 * @param pull whether the reference is pulled first (always, so a moved tag is seen)
 */
public record ImageSource(Optional<Path> tar, Optional<String> reference, boolean pull) {
  /** A reference as engines parse one: no space, no leading '-' that would read as an option. */
  private static final Pattern REFERENCE =
      Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9._/:@+-]{0,511}$");

  /**
   * A value ending in {@code .tar}, or naming an existing file, is a tar (resolved against {@code
   * basedir}); anything else is an image reference, pulled first when {@code pull}.
   */
  public static ImageSource parse(String value, Path basedir, boolean pull) throws GateFailure {
    String text = value == null ? "" : value.trim();
    if (text.isEmpty()) {
      throw new GateFailure(
          "lifeos.containerSmoke.image is empty: set it to the image tar (target/jib-image.tar)"
              + " or a registry reference (registry/name:tag).");
    }
    Path file = basedir.resolve(text);
    if (text.endsWith(".tar") || Files.isRegularFile(file)) {
      if (!Files.isRegularFile(file)) {
        throw new GateFailure(
            "No image tar at "
                + file
                + ": build it first. jib:buildTar writes it at package (lifeos-parent binds it in"
                + " -Ppr, -Pmain and -Prelease for a module with lifeos.image.skip=false), or set"
                + " -Dlifeos.containerSmoke.image to a tar or a registry reference.");
      }
      return new ImageSource(
          Optional.of(file.toAbsolutePath().normalize()), Optional.empty(), false);
    }
    if (!REFERENCE.matcher(text).matches()) {
      throw new GateFailure(
          "lifeos.containerSmoke.image '"
              + text
              + "' is neither an image tar nor an image reference (registry/name:tag or"
              + " name@sha256:...).");
    }
    return new ImageSource(Optional.empty(), Optional.of(text), pull);
  }

  @Override
  public String toString() {
    return tar.map(Path::toString).orElseGet(() -> reference.orElse(""));
  }
}
