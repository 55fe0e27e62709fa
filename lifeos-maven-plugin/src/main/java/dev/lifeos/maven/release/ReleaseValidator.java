package dev.lifeos.maven.release;

import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Checks that a release is ready to ship: the tag is a semantic version tag, it names the project's
 * version, and the changelog has a section for that version with rollback notes.
 */
public final class ReleaseValidator {
  private static final String SNAPSHOT = "-SNAPSHOT";

  /** What was checked and where the evidence is. */
  public record Release(
      ReleaseTag tag, SemVer version, Path changelog, int sectionLine, int rollbackLine) {}

  private ReleaseValidator() {}

  public static Release validate(ReleaseTag tag, String projectVersion, Path changelog)
      throws GateFailure {
    SemVer version = parseTag(tag);
    checkVersion(tag, version, projectVersion);
    Changelog parsed = Changelog.parse(read(changelog, version));
    String file = changelog.getFileName().toString();
    Changelog.Section section =
        parsed
            .section(version)
            .orElseThrow(
                () ->
                    new GateFailure(
                        file
                            + " has no section for "
                            + version.withoutBuild()
                            + " ("
                            + found(parsed.versions())
                            + "). Add a heading '## ["
                            + version.withoutBuild()
                            + "] - "
                            + LocalDate.now(ZoneOffset.UTC)
                            + "' with the changes and a '### Rollback' part, at "
                            + changelog
                            + "."));
    Changelog.RollbackNotes notes =
        parsed
            .rollbackNotes(section)
            .orElseThrow(() -> noRollback(file, changelog, section, parsed));
    return new Release(tag, version, changelog, section.line(), notes.line());
  }

  private static SemVer parseTag(ReleaseTag tag) throws GateFailure {
    String name = tag.name();
    if (!name.startsWith("v") && SemVer.parse(name).isPresent()) {
      throw new GateFailure(
          "Release tag '"
              + name
              + "' (from "
              + tag.source()
              + ") has no leading 'v'. Release tags are v<semver>: tag v"
              + name
              + " instead (git tag v"
              + name
              + " && git push origin v"
              + name
              + ").");
    }
    return SemVer.parseTag(name)
        .orElseThrow(
            () ->
                new GateFailure(
                    "Release tag '"
                        + name
                        + "' (from "
                        + tag.source()
                        + ") is not a semantic version tag. Tag releases vMAJOR.MINOR.PATCH with an"
                        + " optional pre-release, as semver 2.0 says (v1.2.3, v1.2.3-rc.1), e.g."
                        + " git tag v1.2.3 && git push origin v1.2.3."));
  }

  private static void checkVersion(ReleaseTag tag, SemVer version, String projectVersion)
      throws GateFailure {
    String release =
        projectVersion.endsWith(SNAPSHOT)
            ? projectVersion.substring(0, projectVersion.length() - SNAPSHOT.length())
            : projectVersion;
    String comparable = SemVer.parse(release).map(SemVer::withoutBuild).orElse(release);
    if (!comparable.equals(version.withoutBuild())) {
      throw new GateFailure(
          "Release tag "
              + tag.name()
              + " (from "
              + tag.source()
              + ") does not match the project version "
              + projectVersion
              + ". Set the version to "
              + version.withoutBuild()
              + " (./mvnw versions:set -DnewVersion="
              + version.withoutBuild()
              + ") and tag again, or tag v"
              + release
              + " if "
              + release
              + " is the release.");
    }
  }

  private static String read(Path changelog, SemVer version) throws GateFailure {
    if (!Files.isRegularFile(changelog)) {
      throw new GateFailure(
          "No changelog at "
              + changelog
              + ". Add CHANGELOG.md with a section '## ["
              + version.withoutBuild()
              + "] - "
              + LocalDate.now(ZoneOffset.UTC)
              + "' listing the changes and a '### Rollback' part, or point"
              + " -Dlifeos.release.changelog at yours.");
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(changelog)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new GateFailure(changelog + " is not UTF-8 text. Save it as UTF-8.");
    } catch (IOException e) {
      throw new GateFailure("Cannot read " + changelog + ": " + e.getMessage());
    }
  }

  private static GateFailure noRollback(
      String file, Path changelog, Changelog.Section section, Changelog parsed) {
    String where = file + " section '" + section.heading() + "' (line " + section.line() + ")";
    return parsed
        .rollbackMention(section)
        .map(
            line ->
                new GateFailure(
                    where
                        + " has a rollback heading at line "
                        + line
                        + " with nothing under it. Write the rollback steps there: the image or"
                        + " version to redeploy and what to do about this release's migrations ("
                        + changelog
                        + ")."))
        .orElseGet(
            () ->
                new GateFailure(
                    where
                        + " has no rollback notes. Add a '### Rollback' part to it (or a line"
                        + " 'Rollback: ...') saying how to return to the previous release: the"
                        + " image or version to redeploy and what to do about this release's"
                        + " migrations ("
                        + changelog
                        + ")."));
  }

  private static String found(List<String> versions) {
    return versions.isEmpty()
        ? "it has no version headings"
        : "sections found: " + String.join(", ", versions);
  }
}
