package dev.lifeos.maven.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lifeos.maven.migrations.Approvals;
import dev.lifeos.maven.report.ReportFiles;
import dev.lifeos.maven.support.GateFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and writes {@code lifeos-baseline.json}. Written for review: two-space indent, one field a
 * line, LF line endings, entries sorted. Read with a size bound; anything that is not a baseline is
 * a user error naming the file.
 */
public final class BaselineFile {
  /** The file's name at the root of the module. */
  public static final String DEFAULT_NAME = "lifeos-baseline.json";

  static final int MAX_BYTES = 32 << 20;
  private static final Pattern CHECK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withArrayEmptySeparator("")
                      .withObjectEmptySeparator(""))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"))
              .withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private BaselineFile() {}

  /** The baseline in {@code file}; {@link Baseline#EMPTY} when there is none. */
  public static Baseline read(Path file) throws GateFailure, IOException {
    if (Files.notExists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Baseline.EMPTY;
    }
    if (!Files.isRegularFile(file)) {
      throw new GateFailure(
          file
              + " is not a regular file. The baseline must be the JSON file lifeos:baseline"
              + " writes; remove what is there and run ./mvnw lifeos:baseline.");
    }
    byte[] content;
    try (InputStream in = Files.newInputStream(file)) {
      content = in.readNBytes(MAX_BYTES + 1);
    }
    if (content.length > MAX_BYTES) {
      throw new GateFailure(
          file
              + " is larger than "
              + (MAX_BYTES >> 20)
              + " MB: that is no baseline lifeos:baseline"
              + " wrote. Restore it from git or record it again with ./mvnw lifeos:baseline.");
    }
    try {
      JsonNode json = MAPPER.readTree(content);
      if (json == null || !json.isObject()) {
        throw new GateFailure(file + " holds no JSON object. " + recordAgain());
      }
      int version = json.path("version").asInt(Baseline.VERSION);
      if (version > Baseline.VERSION) {
        throw new GateFailure(
            file
                + " is a version "
                + version
                + " baseline; this lifeos-maven-plugin reads version "
                + Baseline.VERSION
                + ". Update dep.lifeos.version, or record it again with this"
                + " version: ./mvnw lifeos:baseline.");
      }
      Baseline baseline = MAPPER.treeToValue(json, Baseline.class);
      checkEntries(file, baseline);
      return baseline;
    } catch (JsonProcessingException e) {
      throw new GateFailure(
          file
              + " is not a LifeOS baseline: "
              + e.getOriginalMessage()
              + " (line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + "). "
              + recordAgain());
    }
  }

  /**
   * Every file an entry names must be inside the module (the build hashes them), and every check
   * name a word (the build hands them to Error Prone as flags).
   */
  private static void checkEntries(Path file, Baseline baseline) throws GateFailure {
    List<String> paths = new ArrayList<>();
    baseline.formatting().forEach(e -> paths.add(e.file()));
    baseline.compiler().forEach(e -> paths.add(e.file()));
    baseline.migrations().forEach(e -> paths.add(e.file()));
    for (String path : paths) {
      if (!ModulePaths.isSafe(path)) {
        throw new GateFailure(
            file
                + " names '"
                + path
                + "': entries name files inside the module, relative and"
                + " '/'-separated. "
                + recordAgain());
      }
    }
    for (Baseline.MigrationEntry entry : baseline.migrations()) {
      try {
        Approvals.normalizedKey(entry.migration());
      } catch (RuntimeException e) {
        throw new GateFailure(
            file
                + " has a migration entry '"
                + entry.migration()
                + "': migrations are named as"
                + " in the approvals file (V12, R__refresh_views). "
                + recordAgain());
      }
    }
    for (Baseline.CompilerEntry entry : baseline.compiler()) {
      if (entry.check() == null || !CHECK_NAME.matcher(entry.check()).matches()) {
        throw new GateFailure(
            file
                + " has a compiler entry with check '"
                + entry.check()
                + "': check names are"
                + " Error Prone's (letters, digits, '_'). "
                + recordAgain());
      }
    }
  }

  /** Writes {@code baseline} whole or not at all. */
  public static void write(Path file, Baseline baseline) throws IOException {
    ReportFiles.writeText(file, text(baseline));
  }

  /** The file's content: what {@link #write} writes. */
  public static String text(Baseline baseline) throws JsonProcessingException {
    return WRITER.writeValueAsString(baseline) + "\n";
  }

  private static String recordAgain() {
    return "Restore it from git, or record it again with ./mvnw lifeos:baseline.";
  }
}
